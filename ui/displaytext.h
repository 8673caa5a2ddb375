// Translated renderings of core data for display: drug names by UI language, check messages
// rebuilt from CheckCode + details, compositions from Piece JSON ("1 × 5 mg + ½ × 2 mg" /
// "1 片 5 mg + 半片 2 mg"), strategy, severity and step-kind names. Core texts stay English;
// everything the user reads passes through here and tr().
#pragma once

#include "checks.h"
#include "drug.h"
#include "planner.h"
#include "rounding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace lento {
class Catalogue;
}

namespace lento::ui {

class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
public:
    // True when the current UI language is Chinese (QLocale() / installed translator).
    static bool chineseUi();

    static QString drugName(const lento::DrugParams &drug);
    // By id: the catalogue's name in the UI language, or the id itself when unknown.
    static QString drugName(const QString &id, const lento::Catalogue *catalogue);

    static QString strategyName(lento::Strategy strategy);
    static QString strategyDescription(lento::Strategy strategy);
    static QString cutOrderName(lento::CutOrder order);
    static QString formsName(lento::FormsAllowed forms);
    static QString severityName(lento::CheckSeverity severity);
    static QString stepKindName(const QString &kind); // "crossover", "reduction", "hold", "stop"
    static QString equivalenceName(const QString &source); // "ashton" -> "Ashton Manual"
    // "cn" -> "China" (the catalogue's English name for regions this file does not know)
    static QString regionName(const QString &id, const lento::Catalogue *catalogue);

    // A check's message in the UI language, rebuilt from its code and details; falls back to
    // the English message for codes this build does not know.
    static QString checkMessage(const lento::Check &check, const lento::Catalogue *catalogue);
    // The rule source in the UI language: published citations stay as written, Lento's own
    // model and the plan's own rule are described in words.
    static QString checkSource(const lento::Check &check);
    // The rule_not_achievable finding in the window's language (problems, then alternatives).
    static QString ruleNotAchievable(const lento::Check &check, const lento::Catalogue *catalogue);

    // One piece ({"form","strength_mg","per_ml","count","ml","mg"}) and a list of them.
    static QString piece(const QJsonObject &piece);
    static QString pieces(const QJsonArray &pieces);
    static QString composition(const lento::Composition &composition);

    // Numbers formatted in the UI locale: "2.5 mg", "12.3 %".
    static QString mg(double value, int decimals = -1);
    static QString percent(double value, int decimals = 1);
    // Unicode fractions for quarter counts: 0.5 -> "½", 1.25 -> "1¼".
    static QString count(double units);
};

} // namespace lento::ui

namespace lento::ui {
// Shorthands used across the UI.
inline QString drugName(const lento::DrugParams &drug)
{
    return DisplayText::drugName(drug);
}
inline QString drugName(const QString &id, const lento::Catalogue *catalogue)
{
    return DisplayText::drugName(id, catalogue);
}
} // namespace lento::ui
