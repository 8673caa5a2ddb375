// Pharmacological description of one drug as the model needs it (docs/model.md §1),
// plus the catalogue facts the planner and the UI show: equivalences by source,
// marketed products by region, and which values are not confirmed by a source.
#pragma once

#include "units.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace lento {

struct Metabolite
{
    QString nameEn;
    double fractionFormed = 0.0; // fm: share of the parent's elimination that forms it (0 = none)
    Hours halfLife {0.0}; // t½m
    double relativePotency = 1.0; // ρ: potency per mg relative to the parent
    double vdLPerKg = 0.0; // Vdm; 0 means "same as the parent"

    bool present() const { return fractionFormed > 0.0; }
};

// One marketed product: a tablet (or capsule) strength with the smallest piece it may be split
// into, or an oral liquid with its concentration and the resolution it can be measured to.
struct Product
{
    enum class Form { Tablet, Capsule, Liquid };
    Form form = Form::Tablet;
    Milligrams strength {0.0}; // tablets/capsules: mg per unit; liquids: mg per `perMl` mL
    double perMl = 1.0; // liquids: the volume the strength refers to (2 mg / 5 mL -> 5)
    int splits = 1; // tablets: 1 whole only, 2 halves allowed, 4 quarters allowed
    double resolutionMl = 0.1; // liquids: smallest measurable step
    QString label; // free text shown to the prescriber, e.g. "scored tablet"
    bool unverified = false;

    double mgPerMl() const { return strength.value() / perMl; }
    bool isLiquid() const { return form == Form::Liquid; }
};

// A published range a model value was chosen from (e.g. Ashton's half-life 6-12 h).
struct ValueRange
{
    double low = 0.0;
    double high = 0.0;
};

// Diazepam-equivalent dose (mg of this drug ≈ 10 mg diazepam) from one named source.
struct Equivalence
{
    QString source; // "ashton", "vadod", "nhss", ...
    double mg = 0.0;
};

struct DrugParams
{
    QString id; // catalogue id, e.g. "alprazolam"
    QString nameEn;
    QString nameZh;
    Hours halfLife {0.0}; // t½ of the parent
    Hours tmax {0.0};
    double bioavailability = 1.0; // F
    double vdLPerKg = 1.0; // Vd
    double diazepamEqMg = 10.0; // Deq used by the model (Ashton unless the plan overrides it)
    Metabolite metabolite;
    // The patient's half-life multiplier already applied to halfLife and metabolite.halfLife. The
    // level's normaliser divides it out again: it keeps the catalogue's half-lives (model 1.1), so
    // a patient who clears the drug more slowly shows the accumulation as a higher level.
    double halfLifeMultiplier = 1.0;

    // Catalogue-only facts (not used by the model equations).
    QList<Equivalence> equivalences; // by source
    QMap<QString, QList<Product>> products; // region id ("cn", "uk", "us", "eu") -> products
    QStringList unverifiedFields; // MODEL fields not confirmed against a source
    QMap<QString, QString> sources; // field -> source keys
    QString notes;
    QString basis; // how ranges in the sources became model values
    QMap<QString, ValueRange> ranges; // field ("half_life_h", "metabolite.half_life_h", "equivalents.ashton") -> range
    bool longActing = false; // suitable crossover target
    bool epilepsyUse = false; // also used as an antiepileptic (clonazepam, clobazam)
    bool zDrug = false;
    double usualMaxDailyMg = 0.0; // 0 = unknown

    // True when `field` (e.g. "vd_l_per_kg", "metabolite.half_life_h", "products.us") or a field it
    // belongs to is listed as not confirmed against a source.
    bool isUnverified(const QString &field) const
    {
        for (const QString &u : unverifiedFields)
            if (field == u || field.startsWith(u + QLatin1Char('.')))
                return true;
        return false;
    }

    double equivalenceMg(const QString &source) const
    {
        for (const Equivalence &e : equivalences)
            if (e.source == source)
                return e.mg;
        return diazepamEqMg;
    }
    // True when `source` gives this drug an equivalence of its own (else equivalenceMg() falls
    // back to diazepamEqMg).
    bool hasEquivalence(const QString &source) const
    {
        for (const Equivalence &e : equivalences)
            if (e.source == source && e.mg > 0.0)
                return true;
        return id == QStringLiteral("diazepam");
    }
    // The source whose value diazepamEqMg is (Ashton's where it agrees), for naming a fallback.
    QString defaultEquivalenceSource() const
    {
        for (const QString &preferred : {QStringLiteral("ashton"), QStringLiteral("nhss"), QStringLiteral("vadod")})
            for (const Equivalence &e : equivalences)
                if (e.source == preferred && e.mg == diazepamEqMg)
                    return e.source;
        return QString();
    }
};

// "Ashton", "VA/DoD", "NHS Scotland", "NSW Health", "ClinCalc"; an empty source is the
// catalogue's default value.
inline QString equivalenceDisplayName(const QString &source)
{
    if (source == QStringLiteral("ashton"))
        return QStringLiteral("Ashton");
    if (source == QStringLiteral("vadod"))
        return QStringLiteral("VA/DoD");
    if (source == QStringLiteral("nhss"))
        return QStringLiteral("NHS Scotland");
    if (source == QStringLiteral("nsw"))
        return QStringLiteral("NSW Health");
    if (source == QStringLiteral("clincalc"))
        return QStringLiteral("ClinCalc");
    return source.isEmpty() ? QStringLiteral("the catalogue's default") : source;
}

} // namespace lento
