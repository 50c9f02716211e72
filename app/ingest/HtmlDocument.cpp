// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlDocument.h"

#include "HtmlToText.h"

#include <QByteArray>

namespace jikenbo {

HtmlDocument::HtmlDocument(QStringView html)
{
    HtmlToText::initLibrary();
    const QByteArray utf8 = html.toUtf8();
    // The text is already decoded: libxml2 reads UTF-8 whatever a <meta charset> says.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                        HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt)
        return;
    m_doc = htmlCtxtReadMemory(ctxt, utf8.constData(), int(utf8.size()), "about:blank", "UTF-8",
                               options);
    htmlFreeParserCtxt(ctxt);
}

HtmlDocument::~HtmlDocument()
{
    if (m_doc)
        xmlFreeDoc(m_doc);
}

const xmlNode *HtmlDocument::root() const
{
    return m_doc ? xmlDocGetRootElement(m_doc) : nullptr;
}

bool HtmlDocument::isElement(const xmlNode *n, const char *elementName)
{
    return n && n->type == XML_ELEMENT_NODE && n->name &&
           xmlStrcasecmp(n->name, reinterpret_cast<const xmlChar *>(elementName)) == 0;
}

QString HtmlDocument::name(const xmlNode *n)
{
    return n && n->name ? QString::fromUtf8(reinterpret_cast<const char *>(n->name)).toLower()
                        : QString();
}

QString HtmlDocument::attribute(const xmlNode *n, const char *attrName)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return {};
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (!a->name || xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar *>(attrName)) != 0)
            continue;
        QString out;
        for (const xmlNode *c = a->children; c; c = c->next) {
            if (c->content)
                out += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
        }
        return out;
    }
    return {};
}

bool HtmlDocument::hasClass(const xmlNode *n, QStringView cls)
{
    const QString classes = attribute(n, "class").simplified();
    if (classes.isEmpty())
        return false;
    for (const QStringView token : QStringView(classes).tokenize(u' ', Qt::SkipEmptyParts)) {
        if (token == cls)
            return true;
    }
    return false;
}

QString HtmlDocument::rawText(const xmlNode *n)
{
    QString out;
    for (const xmlNode *c = n ? n->children : nullptr; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                out += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
        } else if (c->type == XML_ELEMENT_NODE && !isElement(c, "script") &&
                   !isElement(c, "style")) {
            out += rawText(c);
        }
    }
    return out;
}

} // namespace jikenbo
