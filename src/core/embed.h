// Embedding: the URL parameters an embedder sets (?embed=publications&theme=dark&transparent=1 plus the
// publication filter), and the small, versioned message protocol between the app and the host page.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/route.h"

namespace portfolio {

struct EmbedParams {
    // The section asked for ("publications", "profile", "all", ...: a slug, lowercased); "" when the page is
    // not embedded. Which names exist is the page's to know (ui/sections.h); an unknown one shows the full page.
    std::string section;
    std::string theme;                           // "", "light", "dark" or "auto"
    bool transparent = false;                    // no page background: the host's shows through
    Route route;                                 // the publication filter given in the same query
};

// "?embed=publications&theme=dark&transparent=1&topic=video&q=attention" (with or without the '?').
// Unknown parameters and malformed values are ignored.
EmbedParams ParseEmbedQuery(std::string_view query);

// App -> host: {"type":"portfolio:resize","version":1,"height":812,"section":"publications","state":"/publications?topic=video"}
inline constexpr int kEmbedProtocolVersion = 1;
std::string EncodeResizeMessage(int height, const std::string& section, const std::string& state);

// Host -> app: {"type":"portfolio:command","version":1,"command":"setTheme","value":"dark"} or
// {"...","command":"setFilter","value":"/publications?topic=video"}. Anything else: nullopt.
struct EmbedCommand {
    enum class Kind { SetTheme, SetFilter } kind;
    std::string value;
};
std::optional<EmbedCommand> DecodeCommandMessage(std::string_view json_text);

}  // namespace portfolio
