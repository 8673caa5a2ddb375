// A value or an error that names where the problem is (a JSON path, a field, a flag).
// Used by every parser and validator in core so the UI and the CLI can show one clear line.
#pragma once

#include <QString>
#include <QStringBuilder>

#include <utility>
#include <variant>

namespace lento {

struct Error
{
    QString path; // e.g. "steps[3].doses[1].mg" or "drugs.alprazolam.half_life_h"; may be empty
    QString message; // e.g. "must be > 0"

    QString text() const { return path.isEmpty() ? message : path % QStringLiteral(": ") % message; }
};

template <typename T> class Expected
{
public:
    Expected(T value) : m_data(std::move(value)) { }
    Expected(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace lento
