// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateExtractor.h"

#include "core/TextUtil.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// Digits, ASCII or full-width; spaces including U+3000 and U+00A0.
#define JK_D "[0-9\\x{FF10}-\\x{FF19}]"
#define JK_S "[\\s\\x{3000}\\x{00A0}]*"

int num(QStringView s)
{
    bool ok = false;
    const qint64 v = text::parseNumber(s, &ok);
    return ok && v < 100000 ? int(v) : -1;
}

struct Era
{
    const char16_t *name;
    const char16_t *abbrev;
    QDate first;
    QDate last;
};

const Era *eras()
{
    static const Era table[] = {
        {u"令和", u"R", QDate(2019, 5, 1), QDate(9999, 12, 31)},
        {u"平成", u"H", QDate(1989, 1, 8), QDate(2019, 4, 30)},
        {u"昭和", u"S", QDate(1926, 12, 25), QDate(1989, 1, 7)},
        {u"大正", u"T", QDate(1912, 7, 30), QDate(1926, 12, 24)},
        {nullptr, nullptr, {}, {}},
    };
    return table;
}

} // namespace

QDate DateExtractor::fromEra(QStringView era, int year, int month, int day)
{
    for (const Era *e = eras(); e->name; ++e) {
        if (era != QStringView(e->name) &&
            era.compare(QStringView(e->abbrev), Qt::CaseInsensitive) != 0)
            continue;
        if (year < 1)
            return {};
        const QDate d(e->first.year() + year - 1, month, day);
        if (!d.isValid() || d < e->first || d > e->last)
            return {};
        return d;
    }
    return {};
}

QList<FoundDate> DateExtractor::findAll(QStringView text)
{
    return findAll(text, QDate());
}

QList<FoundDate> DateExtractor::findAll(QStringView text, QDate context)
{
    static const QRegularExpression western(
        u"(?<![0-9\\x{FF10}-\\x{FF19}])(" JK_D "{4})" JK_S "(?:年" JK_S "(" JK_D "{1,2})" JK_S
        "月" JK_S "(" JK_D "{1,2})" JK_S "日|[/／](" JK_D "{1,2})[/／](" JK_D
        "{1,2})(?![0-9\\x{FF10}-\\x{FF19}])|-(" JK_D "{1,2})-(" JK_D
        "{1,2})(?![0-9\\x{FF10}-\\x{FF19}]))"_s);
    static const QRegularExpression era(u"(令和|平成|昭和|大正)" JK_S "(元|" JK_D "{1,2})" JK_S
                                        "(?:[(（]" JK_S JK_D "{4}" JK_S "年?" JK_S "[)）])?" JK_S
                                        "年" JK_S "(" JK_D "{1,2})" JK_S "月" JK_S "(" JK_D
                                        "{1,2})" JK_S "日"_s);
    static const QRegularExpression eraShort(u"(?<![A-Za-z0-9])([RHSrhs])(" JK_D "{1,2})[.．](" JK_D
                                             "{1,2})[.．](" JK_D "{1,2})(?![0-9])"_s);
    // Not after a year (2023年5月 is a full date), except 本年/今年/昨年 (the context's year).
    static const QRegularExpression monthDay(u"(?<![0-9\\x{FF10}-\\x{FF19}/／.])"
                                             "(?<!(?<![本今昨前翌])年)(" JK_D "{1,2})" JK_S
                                             "月" JK_S "(" JK_D "{1,2})" JK_S "日"_s);
    static const QRegularExpression eraYearOnly(u"(令和|平成|昭和)" JK_S "(元|" JK_D "{1,2})" JK_S
                                                "年"_s);

    QList<FoundDate> out;
    auto overlaps = [&out](qsizetype pos, qsizetype len) {
        for (const FoundDate &f : std::as_const(out)) {
            if (pos < f.position + f.length && f.position < pos + len)
                return true;
        }
        return false;
    };

    for (auto it = western.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int y = num(m.capturedView(1));
        int mo = -1, d = -1;
        if (m.capturedLength(2)) {
            mo = num(m.capturedView(2));
            d = num(m.capturedView(3));
        } else if (m.capturedLength(4)) {
            mo = num(m.capturedView(4));
            d = num(m.capturedView(5));
        } else {
            mo = num(m.capturedView(6));
            d = num(m.capturedView(7));
        }
        const QDate date(y, mo, d);
        if (date.isValid() && y >= 1900 && y <= 2100)
            out.append({date, m.capturedStart(), m.capturedLength(), FoundDate::Western});
    }
    for (auto it = era.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int y = m.capturedView(2) == u"元" ? 1 : num(m.capturedView(2));
        const QDate date =
            fromEra(m.capturedView(1), y, num(m.capturedView(3)), num(m.capturedView(4)));
        if (date.isValid() && !overlaps(m.capturedStart(), m.capturedLength()))
            out.append({date, m.capturedStart(), m.capturedLength(), FoundDate::Era});
    }
    for (auto it = eraShort.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QDate date = fromEra(m.capturedView(1).toString().toUpper(), num(m.capturedView(2)),
                                   num(m.capturedView(3)), num(m.capturedView(4)));
        if (date.isValid() && !overlaps(m.capturedStart(), m.capturedLength()))
            out.append({date, m.capturedStart(), m.capturedLength(), FoundDate::Era});
    }
    std::sort(out.begin(), out.end(),
              [](const FoundDate &a, const FoundDate &b) { return a.position < b.position; });

    // Month-day dates take the year of the closest date before them (or era year, or the
    // context), rolling into the next year where the dates plainly wrap (12月28日 … 1月9日).
    static const QRegularExpression relativeYear(u"(本年|今年|昨年|前年|翌年)" JK_S "(?:度)?$"_s);
    QList<FoundDate> partial;
    for (auto it = monthDay.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (overlaps(m.capturedStart(), m.capturedLength()))
            continue;
        const int month = num(m.capturedView(1));
        const int day = num(m.capturedView(2));
        QDate anchor;
        for (const FoundDate &f : std::as_const(out)) {
            if (f.position >= m.capturedStart())
                break;
            anchor = f.date;
        }
        if (!partial.isEmpty() && (!anchor.isValid() || partial.last().date > anchor)) {
            // The previous month-day is nearer than any full date.
            qsizetype fullPos = -1;
            for (const FoundDate &f : std::as_const(out)) {
                if (f.position >= m.capturedStart())
                    break;
                fullPos = f.position;
            }
            if (partial.last().position > fullPos)
                anchor = partial.last().date;
        }
        int year = 0;
        const auto before = text.first(m.capturedStart());
        const auto rel = relativeYear.match(before.last(std::min<qsizetype>(before.size(), 6)));
        if (rel.hasMatch() && context.isValid()) {
            const QStringView w = rel.capturedView(1);
            year = context.year() + (w == u"昨年" || w == u"前年" ? -1 : 0);
        } else if (anchor.isValid()) {
            year = anchor.year();
            const QDate same(year, month, day);
            if (same.isValid() && anchor.month() - month >= 6) {
                const QDate next(year + 1, month, day);
                if (!context.isValid() || next <= context)
                    year += 1;
            }
        }
        if (year == 0) {
            // An era year alone before it (令和5年度 …) also sets the context.
            QRegularExpressionMatch last;
            for (auto yi = eraYearOnly.globalMatch(before); yi.hasNext();)
                last = yi.next();
            if (last.hasMatch()) {
                const int ey = last.capturedView(2) == u"元" ? 1 : num(last.capturedView(2));
                const QDate first = fromEra(last.capturedView(1), ey, 1, 1).isValid()
                                        ? fromEra(last.capturedView(1), ey, 1, 1)
                                        : fromEra(last.capturedView(1), ey, 12, 31);
                if (first.isValid())
                    year = first.year();
            }
        }
        if (year == 0 && context.isValid()) {
            // No date before it: the year of the context, unless that puts it after the context.
            year = context.year();
            const QDate same(year, month, day);
            if (same.isValid() && same > context)
                year -= 1;
        }
        if (year == 0)
            continue;
        const QDate date(year, month, day);
        if (date.isValid())
            partial.append({date, m.capturedStart(), m.capturedLength(), FoundDate::MonthDay});
    }
    if (!partial.isEmpty()) {
        out.append(partial);
        std::sort(out.begin(), out.end(),
                  [](const FoundDate &a, const FoundDate &b) { return a.position < b.position; });
    }
    return out;
}

QDate DateExtractor::trailingDate(QStringView text, qsizetype *start)
{
    static const QRegularExpression trailing(u"[\\s\\x{3000}\\x{00A0}]*(" JK_D "{4})" JK_S
                                             "(?:年" JK_S "(" JK_D "{1,2})" JK_S "月" JK_S "(" JK_D
                                             "{1,2})" JK_S "日|[/／](" JK_D "{1,2})[/／](" JK_D
                                             "{1,2}))" JK_S "(?:更新|公開|発表|掲載)?" JK_S "$"_s);
    const auto m = trailing.match(text);
    if (!m.hasMatch())
        return {};
    // The date must be separated from the title (or be the whole text).
    const qsizetype s = m.capturedStart();
    if (s > 0 && m.capturedStart(1) == s && !text::isSpace(text[s - 1]))
        return {};
    const int y = num(m.capturedView(1));
    const int mo = num(m.capturedLength(2) ? m.capturedView(2) : m.capturedView(4));
    const int d = num(m.capturedLength(3) ? m.capturedView(3) : m.capturedView(5));
    const QDate date(y, mo, d);
    if (!date.isValid() || y < 1900 || y > 2100)
        return {};
    if (start)
        *start = s;
    return date;
}

} // namespace jikenbo
