// The one text form of what the visitor is looking at: "/publications?topic=video&year=2024&q=attention".
// Used as the URL hash on the web and as --state natively. Parsing ignores anything it does not know
// or cannot read; formatting is canonical (fixed parameter order, sorted values), so equal states
// give equal text and browser history only grows when something really changed.
#pragma once

#include <string>
#include <string_view>

#include "core/query.h"

namespace portfolio {

struct Route {
    // The section to show: a lowercase slug ("publications"), "" for the top. Which sections exist is the
    // page's to know (ui/sections.h): an unknown one is ignored there.
    std::string section;
    PublicationFilter filter;
    std::string selected;       // publication id selected on the time axis (pub=)
    friend bool operator==(const Route&, const Route&) = default;
};

// Accepts "#/publications?...", "/publications?...", "publications?..." or just "?...".
Route ParseRoute(std::string_view text);
// "/publications?topic=memory,video&q=long%20sequence&sort=oldest"; "/" for the default state.
std::string FormatRoute(const Route& route);

// A section name as the text forms carry it: 1 to 40 of a-z, 0-9 and '-'.
bool IsSectionSlug(std::string_view text);

std::string PercentEncodeComponent(std::string_view text);  // RFC 3986 unreserved kept, the rest %XX
std::string PercentDecode(std::string_view text);           // malformed escapes are kept literally

}  // namespace portfolio
