// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace jikenbo {

// An HTML document parsed by libxml2's forgiving HTML parser (no network, no error output),
// freed with the object, and a few helpers over its nodes. Only core .cpp files include this
// header: libxml2 is a private dependency of the core.
class HtmlDocument
{
public:
    explicit HtmlDocument(QStringView html);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    bool isValid() const { return m_doc != nullptr; }
    const xmlNode *root() const;

    static bool isElement(const xmlNode *n, const char *name); // name in lower case
    static QString name(const xmlNode *n);
    static QString attribute(const xmlNode *n, const char *name);
    static bool hasClass(const xmlNode *n, QStringView cls); // one of its class tokens
    static QString rawText(const xmlNode *n);                // all text below n, as is
    // Depth-first search below n (n excluded) for the first element matching `pred`.
    template<typename Pred> static const xmlNode *findFirst(const xmlNode *n, Pred pred)
    {
        for (const xmlNode *c = n ? n->children : nullptr; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            if (pred(c))
                return c;
            if (const xmlNode *f = findFirst(c, pred))
                return f;
        }
        return nullptr;
    }
    template<typename Pred, typename Fn> static void forEach(const xmlNode *n, Pred pred, Fn fn)
    {
        for (const xmlNode *c = n ? n->children : nullptr; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            if (pred(c))
                fn(c);
            else
                forEach(c, pred, fn);
        }
    }

private:
    htmlDocPtr m_doc = nullptr;
};

} // namespace jikenbo
