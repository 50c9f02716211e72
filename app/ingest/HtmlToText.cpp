// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlToText.h"

#include "HtmlDocument.h"
#include "core/TextUtil.h"

#include <libxml/parser.h>
#include <mutex>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

enum class Kind { Inline, Skip, Line, Paragraph, Break, Cell, Pre };

Kind kindOf(const xmlNode *n)
{
    static const char *const skip[] = {"script", "style",  "noscript", "template", "head",
                                       "title",  "svg",    "math",     "iframe",   "object",
                                       "embed",  "canvas", "select",   "button",   "textarea"};
    static const char *const paragraph[] = {"p",  "h1", "h2",         "h3",     "h4",
                                            "h5", "h6", "blockquote", "table",  "ul",
                                            "ol", "dl", "figure",     "address"};
    static const char *const line[] = {
        "div",     "li",     "tr",       "dt",     "dd",      "section", "article",
        "header",  "footer", "nav",      "aside",  "main",    "center",  "figcaption",
        "caption", "form",   "fieldset", "legend", "details", "summary", "hr",
        "body",    "html",   "thead",    "tbody",  "tfoot"};
    for (const char *s : skip) {
        if (HtmlDocument::isElement(n, s))
            return Kind::Skip;
    }
    if (HtmlDocument::isElement(n, "br"))
        return Kind::Break;
    if (HtmlDocument::isElement(n, "pre"))
        return Kind::Pre;
    if (HtmlDocument::isElement(n, "td") || HtmlDocument::isElement(n, "th"))
        return Kind::Cell;
    for (const char *s : paragraph) {
        if (HtmlDocument::isElement(n, s))
            return Kind::Paragraph;
    }
    for (const char *s : line) {
        if (HtmlDocument::isElement(n, s))
            return Kind::Line;
    }
    return Kind::Inline;
}

bool isCollapsible(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Japanese text has no spaces between words: a line break in the HTML source between two
// such characters is dropped, not turned into a space (CSS Text's segment break rule).
bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x4DBF) ||
           (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate();
}

// Builds the text the way a browser lays it out, one line at a time.
class TextBuilder
{
public:
    void text(QStringView s, bool preformatted)
    {
        for (QChar c : s) {
            if (preformatted) {
                if (c == u'\r')
                    continue;
                if (c == u'\n') {
                    lineBreak(true);
                    continue;
                }
                m_pendingSpace = false;
                m_out += c;
                continue;
            }
            if (isCollapsible(c)) {
                if (!m_pendingSpace)
                    m_segmentBreak = false;
                m_pendingSpace = true;
                if (c == u'\n' || c == u'\r')
                    m_segmentBreak = true;
                continue;
            }
            if (m_pendingSpace && !atLineStart() &&
                !(m_segmentBreak && isWide(c) && isWide(m_out.back())))
                m_out += u' ';
            m_pendingSpace = false;
            m_out += c;
        }
    }
    // Ends the line; `force` also when it is empty (<br><br> is a blank line).
    void lineBreak(bool force)
    {
        if (force || !atLineStart())
            m_out += u'\n';
        m_pendingSpace = false;
    }
    void paragraphBreak()
    {
        lineBreak(false);
        if (!m_out.isEmpty() && !m_out.endsWith(u"\n\n"_s))
            m_out += u'\n';
    }
    void cell()
    {
        if (!atLineStart() && !m_out.endsWith(u'\t'))
            m_out += u'\t';
        m_pendingSpace = false;
    }
    QString finish() const
    {
        // Trailing blanks go, blank-only lines become empty, at most one blank line in a row.
        QString out;
        out.reserve(m_out.size());
        int blankRun = 0;
        for (QStringView l : QStringView(m_out).tokenize(u'\n')) {
            qsizetype e = l.size();
            while (e > 0 && text::isSpace(l[e - 1]))
                --e;
            l = l.first(e);
            if (l.isEmpty()) {
                ++blankRun;
                continue;
            }
            if (!out.isEmpty())
                out += blankRun > 0 ? u"\n\n"_s : u"\n"_s;
            blankRun = 0;
            out += l;
        }
        return out;
    }

private:
    bool atLineStart() const { return m_out.isEmpty() || m_out.endsWith(u'\n'); }
    QString m_out;
    bool m_pendingSpace = false;
    bool m_segmentBreak = false; // the pending white space holds a line break
};

void walk(const xmlNode *n, TextBuilder &b, bool pre, int depth)
{
    // Deeper than any real page: what lies below is dropped rather than risk the stack.
    if (depth > 256)
        return;
    for (const xmlNode *c = n ? n->children : nullptr; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                b.text(QString::fromUtf8(reinterpret_cast<const char *>(c->content)), pre);
            continue;
        }
        if (c->type != XML_ELEMENT_NODE)
            continue;
        switch (kindOf(c)) {
        case Kind::Skip:
            break;
        case Kind::Break:
            b.lineBreak(true);
            break;
        case Kind::Inline:
            walk(c, b, pre, depth + 1);
            break;
        case Kind::Cell:
            b.cell();
            walk(c, b, pre, depth + 1);
            break;
        case Kind::Line:
            b.lineBreak(false);
            // A list item starts with its marker, as a browser shows it: a bullet, or its
            // number in an ordered list (the text's list structure is what extraction reads).
            if (HtmlDocument::isElement(c, "li") && n) {
                if (HtmlDocument::isElement(n, "ul")) {
                    b.text(u"・", pre);
                } else if (HtmlDocument::isElement(n, "ol")) {
                    int number = 1;
                    for (const xmlNode *s = n->children; s && s != c; s = s->next)
                        number += s->type == XML_ELEMENT_NODE && HtmlDocument::isElement(s, "li");
                    b.text(QString(QString::number(number) + u". "_s), pre);
                }
            }
            walk(c, b, pre, depth + 1);
            b.lineBreak(false);
            break;
        case Kind::Paragraph:
            b.paragraphBreak();
            walk(c, b, pre, depth + 1);
            b.paragraphBreak();
            break;
        case Kind::Pre:
            b.paragraphBreak();
            walk(c, b, true, depth + 1);
            b.paragraphBreak();
            break;
        }
    }
}

} // namespace

void HtmlToText::initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

QString HtmlToText::fromNode(const xmlNode *node)
{
    TextBuilder b;
    walk(node, b, false, 0);
    return b.finish();
}

QString HtmlToText::convert(QStringView html)
{
    if (text::isBlank(html))
        return {};
    const HtmlDocument doc(html);
    if (!doc.isValid())
        return {};
    // The whole document: a fragment gets an implied <html><body> from the parser.
    TextBuilder b;
    const xmlNode *root = doc.root();
    if (root && kindOf(root) != Kind::Skip) {
        walk(root, b, false, 0);
    }
    return b.finish();
}

} // namespace jikenbo
