// SPDX-License-Identifier: GPL-3.0-or-later
#include "Format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace jikenbo::format {

QString date(const QDate &d)
{
    if (!d.isValid())
        return {};
    if (QLocale().language() == QLocale::Japanese)
        return d.toString(u"yyyy/MM/dd"_s);
    return d.toString(Qt::ISODate);
}

QString eraDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    struct Era
    {
        const char16_t *name;
        QDate first;
    };
    static const Era eras[] = {{u"令和", QDate(2019, 5, 1)},
                               {u"平成", QDate(1989, 1, 8)},
                               {u"昭和", QDate(1926, 12, 25)},
                               {u"大正", QDate(1912, 7, 30)}};
    for (const Era &e : eras) {
        if (d >= e.first) {
            const int y = d.year() - e.first.year() + 1;
            return QString::fromUtf16(e.name) + (y == 1 ? u"元"_s : QString::number(y)) +
                   u"年%1月%2日"_s.arg(d.month()).arg(d.day());
        }
    }
    return d.toString(Qt::ISODate);
}

QString dateWithEra(const QDate &d)
{
    if (!d.isValid())
        return {};
    return date(d) + u" ("_s + eraDate(d) + u')';
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace jikenbo::format
