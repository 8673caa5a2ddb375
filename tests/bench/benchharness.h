// Lento's benchmark harness: cases register with LENTO_BENCH(name, goalMs) and receive a
// Bench& whose measure(fn) times fn repeatedly. Output, one line per case:
//   CASE MEDIAN_MS ms      (then an indented detail line: runs, min, max, goal)
// Run `lento-bench [FILTER]` to run the cases whose name contains FILTER.
#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace lento::bench {

class Bench
{
public:
    // Runs fn at least minRuns times and for at least minSeconds, up to maxRuns.
    void measure(const std::function<void()> &fn, int minRuns = 5, double minSeconds = 0.5, int maxRuns = 1000);
    // Records one externally timed sample (ms), for cases that time a child process.
    void addSample(double ms) { m_samples.push_back(ms); }
    void setNote(const QString &note) { m_note = note; }

    const std::vector<double> &samples() const { return m_samples; }
    QString note() const { return m_note; }

private:
    std::vector<double> m_samples;
    QString m_note;
};

struct Case
{
    const char *name;
    double goalMs;
    std::function<void(Bench &)> body;
};

std::vector<Case> &registry();

struct Registrar
{
    Registrar(const char *name, double goalMs, std::function<void(Bench &)> body)
    {
        registry().push_back({name, goalMs, std::move(body)});
    }
};

// Keeps the compiler from discarding a computed value.
void doNotOptimize(const void *p);

} // namespace lento::bench

#define LENTO_BENCH_CAT2(a, b) a##b
#define LENTO_BENCH_CAT(a, b) LENTO_BENCH_CAT2(a, b)
#define LENTO_BENCH(name, goalMs)                                                                                      \
    static void LENTO_BENCH_CAT(bench_, name)(lento::bench::Bench &);                                                  \
    static lento::bench::Registrar LENTO_BENCH_CAT(reg_, name)(#name, goalMs, &LENTO_BENCH_CAT(bench_, name));         \
    static void LENTO_BENCH_CAT(bench_, name)(lento::bench::Bench & bench)
