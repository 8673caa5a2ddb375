// Writing a file that holds patient data (exported records, plans, handouts): a new file is
// created 0600 like the database, an existing regular file keeps its permissions, the content is
// replaced atomically, and anything that is not a regular file (a device such as /dev/null, a
// folder, a pipe, or a symbolic link to one of those) is refused rather than replaced.
#pragma once

#include <QByteArray>
#include <QString>

namespace lento::PrivateFile {

// Empty if `path` may be written: a regular file (or a link to one) or a new name. Otherwise what
// is wrong and what to do instead, to follow the path ("<path>: is a folder; ...").
QString checkTarget(const QString &path);

// Writes `data` to `path` after checkTarget(); empty on success, otherwise why (to follow the path).
// Nothing is left behind on failure and an existing file is unchanged.
QString write(const QString &path, const QByteArray &data);

} // namespace lento::PrivateFile
