// Rounding doses to real products: which tablets (whole, half, quarter) and oral liquids a
// patient can actually take, and the composition with the fewest pieces for an amount.
// Composition is the structured answer ("1 × 5 mg + ½ × 2 mg", "2.4 mL of 2 mg/5 mL") that
// the planner writes into step annotations and the UI/handouts render in any language.
#pragma once

#include "catalogue.h"
#include "drug.h"
#include "expected.h"
#include "units.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lento {

// A count of pieces to the nearest quarter, split for display: returns "¼", "½", "¾" or an empty
// string, and the whole pieces in *whole (1.5 -> "½", 1).
QString quarterParts(double count, int *whole);

enum class FormsAllowed { Tablets, Liquid, TabletsAndLiquid };

// One physical part of a dose: a number of tablet units (0.25, 0.5, 1, 2, ...) of one strength,
// or a volume in mL of one liquid.
struct Piece
{
    int productIndex = -1; // index into the product list the composition was made from
    Product product; // copy, so a composition is self-contained
    double count = 0.0; // tablets/capsules: units (multiples of 1/splits); liquids: mL

    Milligrams mg() const;
    // Physical pieces handled: 1 × 5 mg = 1, 1½ × 5 mg = 2, a liquid measure = 1.
    int handled() const;
    // "1 × 5 mg", "½ × 2 mg", "1¼ × 10 mg", "2.4 mL of 2 mg/5 mL".
    QString describe() const;
    // {"form": "tablet"|"capsule"|"liquid", "strength_mg", "per_ml" (liquids), "count" (units),
    //  "ml" (liquids), "mg", "text"}
    QJsonObject toJson() const;
};

struct Composition
{
    QString drug; // catalogue id
    QList<Piece> pieces; // largest strength first; empty = nothing taken

    Milligrams total() const;
    int handled() const; // sum of Piece::handled()
    bool isEmpty() const { return pieces.isEmpty(); }
    bool usesLiquid() const;
    // English text joining the pieces with " + " ("1 × 5 mg + ½ × 2 mg"); "none" when empty.
    QString describe() const;
    QJsonArray piecesJson() const;
};

// Parses a product list as a pharmacy stocks it:
//   "tablet:10:quarter,tablet:5:half,tablet:2:whole,liquid:2mg/5mL:0.1mL"
// tablet|capsule:STRENGTH_MG:whole|half|quarter ; liquid:Xmg/YmL:RESOLUTIONmL (or Xmg/mL).
// Errors name the item ("--products item 3: ...").
Expected<QList<Product>> parseProductSpec(const QString &spec);
// Inverse of parseProductSpec (used to record the request in a plan).
QString productSpec(const QList<Product> &products);

// Products of `drug` in `region` restricted to `forms` (catalogue data).
QList<Product> productsFor(const DrugParams &drug, const QString &region, FormsAllowed forms);
// The forms a product list holds (tablets and capsules count as tablets).
FormsAllowed formsOf(const QList<Product> &products);
// "tablets", "liquid" or "tablets+liquid" (also "both"), and back.
QString formsId(FormsAllowed forms);
std::optional<FormsAllowed> formsFromId(const QString &id);

// Finds compositions for amounts of one drug from a fixed product list. Amounts are handled on
// an exact integer grid (1/1000 mg) so 0.1 mL of 2 mg/5 mL (0.04 mg) and ¼ × 0.5 mg compose
// without floating-point drift.
class DoseRounder
{
public:
    DoseRounder() = default;
    DoseRounder(QString drug, QList<Product> products);

    const QString &drug() const { return m_drug; }
    const QList<Product> &products() const { return m_products; }
    bool isEmpty() const { return m_products.isEmpty(); }
    bool hasLiquid() const;

    // The composition with the fewest handled pieces giving exactly `amount`, if one exists; tablets
    // and a liquid together only when neither alone makes the amount in a few pieces.
    std::optional<Composition> compose(Milligrams amount) const;
    // Largest / smallest representable amount ≤ / ≥ `amount` (0 is always representable).
    Milligrams floorAmount(Milligrams amount) const;
    std::optional<Milligrams> ceilAmount(Milligrams amount) const;
    // Largest representable amount strictly below `amount` (0 when nothing smaller exists).
    Milligrams belowAmount(Milligrams amount) const;
    bool representable(Milligrams amount) const;
    // Smallest positive representable amount (e.g. ¼ × 2 mg = 0.5 mg, or one liquid step).
    Milligrams smallestAmount() const;

private:
    QString m_drug;
    QList<Product> m_products;
    long long m_liquidStep = 0; // 10-ng units per finest liquid measure (0 = none)
    int composeMinimal(long long targetUnits, QList<Piece> *pieces) const;
    long long liquidCost(long long units, int *product, double *ml) const;
};

} // namespace lento
