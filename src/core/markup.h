// The profile's inline markup: **bold**, *italic*, [text](url) and backslash escapes. No HTML, ever.
// Parsing yields styled spans; a link whose URL fails the safety check becomes plain text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/links.h"

namespace portfolio {

struct Span {
    std::string text;
    bool bold = false;
    bool italic = false;
    std::string url;  // set only for links that passed CheckUrl
    bool mark = false;  // a search match, highlighted by the view
    friend bool operator==(const Span&, const Span&) = default;
};

// Unclosed markers stay literal ("2 * 3" is text); adjacent spans with the same style are merged.
// Newlines are kept in the text; the view breaks lines on them.
std::vector<Span> ParseMarkup(std::string_view text);
// The text a reader sees, without markup (for search, tooltips and accessibility).
std::string PlainText(std::string_view markup);

// The [text](url) links the parser refuses (drawn as plain text), with why, for the loader to report.
struct RefusedLink {
    std::string url;      // as written
    CheckedUrl checked;   // the verdict (not ok)
};
std::vector<RefusedLink> RefusedLinks(std::string_view markup);

}  // namespace portfolio
