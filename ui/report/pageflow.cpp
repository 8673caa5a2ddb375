// Pagination of handout blocks (see pageflow.h).
#include "pageflow.h"

namespace lento::report {

QList<QList<PlacedBlock>> PageFlow::paginate(const std::function<double(int)> &pageHeight) const
{
    QList<QList<PlacedBlock>> pages(1);
    double y = 0.0;
    auto newPage = [&] {
        pages.append(QList<PlacedBlock>());
        y = 0.0;
    };
    auto fits = [&](double h) { return y + h <= pageHeight(int(pages.size() - 1)) + 1e-6; };

    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const FlowBlock &b = m_blocks[i];
        if (b.pageBreakBefore && !pages.last().isEmpty())
            newPage();
        double space = pages.last().isEmpty() ? 0.0 : b.spaceBefore;

        // A heading needs the blocks it is kept with on the same page.
        double need = space + b.height;
        for (qsizetype j = i; j + 1 < m_blocks.size() && m_blocks[j].keepWithNext; ++j)
            need += m_blocks[j + 1].spaceBefore + m_blocks[j + 1].height;
        if (!fits(need) && !pages.last().isEmpty()) {
            newPage();
            space = 0.0;
        }

        // A row continuing a table on a fresh page repeats the header first.
        if (b.table > 0 && pages.last().isEmpty() && i > 0 && m_blocks[i - 1].table == b.table
            && m_headers.contains(b.table)) {
            const FlowBlock &h = *m_headers.constFind(b.table);
            pages.last().append({&h, y});
            y += h.height;
        }
        y += space;
        pages.last().append({&b, y});
        y += b.height;
    }
    return pages;
}

} // namespace lento::report
