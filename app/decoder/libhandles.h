#pragma once

// Owners of the C libraries' handles the decoder uses (GMime objects, uchardet detectors,
// libxml2 documents): each handle is freed once, on every path out of the scope that made it.

#include <gmime/gmime.h>
#include <libxml/tree.h>
#include <uchardet/uchardet.h>

#include <memory>
#include <type_traits>

namespace BounceLens {

// A GObject (GMimeStream, GMimeParser, GMimeMessage, ...) owned by one reference.
struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<typename T>
using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct UchardetDelete
{
    void operator()(uchardet_t detector) const
    {
        if (detector)
            uchardet_delete(detector);
    }
};
using UchardetPtr = std::unique_ptr<std::remove_pointer_t<uchardet_t>, UchardetDelete>;

struct XmlDocFree
{
    void operator()(xmlDocPtr doc) const
    {
        if (doc)
            xmlFreeDoc(doc);
    }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

} // namespace BounceLens
