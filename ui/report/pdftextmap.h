// Repairs the text layer of PDFs written by Qt's PDF engine for CJK fonts. Qt builds each font's
// ToUnicode map from the lowest code point that maps to a glyph; Noto Sans CJK maps Kangxi radicals
// (U+2F00–U+2FDF) to the same glyphs as the common ideographs, so 日, 月, 用, 一 ... would copy,
// search and extract as ⽇, ⽉, ⽤, ⼀. This rewrites those entries to the ideographs they stand for.
#pragma once

#include <QByteArray>

namespace lento::report {

namespace PdfTextMap {

// Rewrites, in place and at the same length (offsets and the xref table stay valid), every
// radical in the ToUnicode CMaps of `pdf` that has a compatibility decomposition to a single
// ideograph. Returns the number of entries changed.
int fixCjkRadicals(QByteArray *pdf);

} // namespace PdfTextMap

} // namespace lento::report
