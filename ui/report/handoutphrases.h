// Plain-language phrases a handout is built from, in the handout's language: drug names from the
// catalogue, the time of day, and a dose as the products that make it ("1 × 5 mg tablet and ½ of
// a 2 mg tablet", "2.4 mL of the 2 mg/5 mL liquid"), rendered from structured pieces.
#pragma once

#include "handoutlanguage.h"
#include "plan.h"
#include "rounding.h"

#include <QMap>
#include <QString>

#include <optional>

namespace lento {
class Catalogue;
}

namespace lento::report {

namespace HandoutPhrases {

// Catalogue name in the language (nameZh / nameEn); a plan-defined drug's "name_en", else its id.
QString drugName(const QString &drug, const Plan &plan, const Catalogue &catalogue, const HandoutLanguage &lang);
// The same, as it reads inside an English sentence ("diazepam"); Chinese unchanged.
QString drugNameInText(const QString &drug, const Plan &plan, const Catalogue &catalogue, const HandoutLanguage &lang);

// "Morning", "Midday", "Afternoon", "Evening", "Night".
QString partOfDay(int minuteOfDay, const HandoutLanguage &lang);
// "08:00"
QString clock(int minuteOfDay);

// One piece: "1 × 5 mg tablet", "½ of a 2 mg tablet", "2.4 mL of the 2 mg/5 mL liquid", with
// no-break spaces after numbers (and word joiners in Chinese) so an amount is never split from its
// unit; pieceText() has plain spaces.
QString piece(const Piece &piece, const HandoutLanguage &lang);
QString pieceText(const Piece &piece, const HandoutLanguage &lang);
// All pieces joined ("A and B", "A, B and C").
QString pieces(const QList<Piece> &pieces, const HandoutLanguage &lang);
// "2 mg/5 mL", "1 mg/mL"
QString concentration(const Product &product);
// "12 mg", "0.25 mg" (with a no-break space)
QString milligrams(double mg, const HandoutLanguage &lang);
// A product without the drug: "5 mg tablet", "2 mg/5 mL oral liquid".
QString productForm(const Product &product, const HandoutLanguage &lang);
// A product as the pharmacy knows it: "Diazepam 5 mg tablet", "Diazepam 2 mg/5 mL oral liquid".
QString productName(const QString &drugName, const Product &product, const HandoutLanguage &lang);
// Joins a list the way the language does ("A, B and C" / "A、B和C").
QString joinList(const QStringList &items, const HandoutLanguage &lang);

} // namespace HandoutPhrases

} // namespace lento::report
