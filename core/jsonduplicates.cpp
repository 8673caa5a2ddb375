// A scan over valid JSON that only tracks object keys (decoded, so "m\u0067" equals "mg").
#include "jsonduplicates.h"

#include <QSet>

namespace lento::JsonDuplicates {

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &json) : m_json(json) { }

    QString run()
    {
        skipSpace();
        value(QString(), 0);
        return m_found;
    }

private:
    // Qt's reader refuses deeper nesting than this, so valid input never reaches it.
    static constexpr int kMaxDepth = 4096;

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    QString m_found;

    char peek() const { return m_pos < m_json.size() ? m_json.at(m_pos) : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_json.size()) {
            const char c = m_json.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // At the opening quote; returns the decoded string and leaves m_pos after the closing quote.
    QString string()
    {
        ++m_pos;
        QByteArray raw;
        QString out;
        auto flush = [&]() {
            out += QString::fromUtf8(raw);
            raw.clear();
        };
        while (m_pos < m_json.size()) {
            const char c = m_json.at(m_pos++);
            if (c == '"')
                break;
            if (c != '\\') {
                raw.append(c);
                continue;
            }
            const char e = peek();
            ++m_pos;
            switch (e) {
            case 'b':
                raw.append('\b');
                break;
            case 'f':
                raw.append('\f');
                break;
            case 'n':
                raw.append('\n');
                break;
            case 'r':
                raw.append('\r');
                break;
            case 't':
                raw.append('\t');
                break;
            case 'u': {
                flush();
                bool ok = false;
                const ushort unit = m_json.mid(m_pos, 4).toUShort(&ok, 16);
                m_pos += 4;
                out += QChar(ok ? unit : 0xfffd);
                break;
            }
            default:
                raw.append(e);
                break;
            }
        }
        flush();
        return out;
    }

    void value(const QString &path, int depth)
    {
        if (!m_found.isEmpty() || depth > kMaxDepth || m_pos >= m_json.size())
            return;
        const char c = peek();
        if (c == '{') {
            object(path, depth);
        } else if (c == '[') {
            array(path, depth);
        } else if (c == '"') {
            string();
        } else {
            // true, false, null or a number: up to the next delimiter.
            while (m_pos < m_json.size()) {
                const char d = m_json.at(m_pos);
                if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\t' || d == '\n' || d == '\r')
                    break;
                ++m_pos;
            }
        }
        skipSpace();
    }

    void object(const QString &path, int depth)
    {
        ++m_pos; // '{'
        skipSpace();
        QSet<QString> keys;
        while (m_found.isEmpty() && m_pos < m_json.size() && peek() != '}') {
            if (peek() != '"')
                return;
            const QString key = string();
            const QString keyPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (keys.contains(key)) {
                m_found = keyPath;
                return;
            }
            keys.insert(key);
            skipSpace();
            if (peek() == ':')
                ++m_pos;
            skipSpace();
            value(keyPath, depth + 1);
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos; // '}'
    }

    void array(const QString &path, int depth)
    {
        ++m_pos; // '['
        skipSpace();
        qsizetype index = 0;
        while (m_found.isEmpty() && m_pos < m_json.size() && peek() != ']') {
            value(path + QLatin1Char('[') + QString::number(index++) + QLatin1Char(']'), depth + 1);
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
            } else if (peek() != ']') {
                return;
            }
        }
        ++m_pos; // ']'
    }
};

} // namespace

QString firstDuplicate(const QByteArray &json)
{
    return Scanner(json).run();
}

} // namespace lento::JsonDuplicates
