// Repairs the text layer of PDFs written by Qt's PDF engine for CJK fonts. Qt builds each font's
// ToUnicode map from the lowest code point that maps to a glyph; Noto Sans CJK maps the Kangxi
// radicals and many CJK radical supplements (U+2E80–U+2FDF) to the same glyphs as common
// ideographs, so 日, 月, 用, 一, 长, 页 ... would copy, search and extract as ⽇, ⽉, ⽤, ⼀, ⻓, ⻚.
// This rewrites those entries to the ideographs that share the glyph.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace lento::report {

namespace PdfTextMap {

// Radical -> the ideograph (U+3400–U+9FFF) drawn with the same glyph in the first of `families`
// that is installed; radicals with a compatibility decomposition to an ideograph are included even
// without the font.
QHash<char16_t, char16_t> radicalIdeographs(const QStringList &families);

// Rewrites, in place and at the same length (offsets and the xref table stay valid), every entry
// of the ToUnicode CMaps in `pdf` found in `map`. Returns the number of entries changed.
int fixCjkRadicals(QByteArray *pdf, const QHash<char16_t, char16_t> &map);

} // namespace PdfTextMap

} // namespace lento::report
