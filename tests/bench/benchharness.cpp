// Runner for lento-bench: times every registered case and prints "CASE MEDIAN_MS ms".
#include "benchharness.h"

#include <QGuiApplication>
#if __has_include(<QApplication>)
#include <QApplication> // lento-bench-ui links the widgets: its cases build real windows
#define LENTO_BENCH_APP QApplication
#else
#define LENTO_BENCH_APP QGuiApplication
#endif

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

namespace lento::bench {

std::vector<Case> &registry()
{
    static std::vector<Case> cases;
    return cases;
}

void doNotOptimize(const void *p)
{
    asm volatile("" : : "g"(p) : "memory");
}

void Bench::measure(const std::function<void()> &fn, int minRuns, double minSeconds, int maxRuns)
{
    using clock = std::chrono::steady_clock;
    const auto start = clock::now();
    for (int i = 0; i < maxRuns; ++i) {
        const auto t0 = clock::now();
        fn();
        const auto t1 = clock::now();
        m_samples.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        const double elapsed = std::chrono::duration<double>(t1 - start).count();
        if (i + 1 >= minRuns && elapsed >= minSeconds)
            break;
    }
}

} // namespace lento::bench

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    LENTO_BENCH_APP app(argc, argv);
    const char *filter = argc > 1 ? argv[1] : nullptr;
    int failures = 0;
    for (const auto &c : lento::bench::registry()) {
        if (filter && !std::strstr(c.name, filter))
            continue;
        lento::bench::Bench b;
        c.body(b);
        auto s = b.samples();
        if (s.empty()) {
            std::printf("%s FAILED (no samples)\n", c.name);
            ++failures;
            continue;
        }
        std::sort(s.begin(), s.end());
        const double median = s.size() % 2 ? s[s.size() / 2] : 0.5 * (s[s.size() / 2 - 1] + s[s.size() / 2]);
        std::printf("%s %.3f ms\n", c.name, median);
        std::printf("    runs %zu, min %.3f ms, max %.3f ms, goal <= %.0f ms%s%s\n", s.size(), s.front(), s.back(),
            c.goalMs, b.note().isEmpty() ? "" : ", ", b.note().toUtf8().constData());
        std::fflush(stdout);
    }
    return failures ? 1 : 0;
}
