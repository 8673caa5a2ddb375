// Splits a handout into pages: a list of blocks of known height (paragraphs, table rows, the
// chart) placed top to bottom, never split. A heading stays with what follows it; a table row
// that starts a new page gets its table's header repeated above it; a block may force a new page.
#pragma once

#include <QList>
#include <QMap>
#include <QRectF>

#include <functional>

class QPainter;

namespace lento::report {

struct FlowBlock
{
    double height = 0.0; // device units
    std::function<void(QPainter &, const QRectF &)> paint; // rect: content width × height
    double spaceBefore = 0.0; // dropped at the top of a page
    bool keepWithNext = false; // headings, captions
    bool pageBreakBefore = false;
    int table = 0; // > 0: a row of that table
};

struct PlacedBlock
{
    const FlowBlock *block = nullptr;
    double y = 0.0; // from the top of the content area
};

class PageFlow
{
public:
    void add(FlowBlock block) { m_blocks.append(std::move(block)); }
    // The header row of table `table` (also added to the flow by the caller where it first appears).
    void setTableHeader(int table, FlowBlock header) { m_headers.insert(table, std::move(header)); }

    // Pages of placed blocks. `pageHeight(i)` is the content height available on page i.
    QList<QList<PlacedBlock>> paginate(const std::function<double(int page)> &pageHeight) const;

private:
    QList<FlowBlock> m_blocks;
    QMap<int, FlowBlock> m_headers;
};

} // namespace lento::report
