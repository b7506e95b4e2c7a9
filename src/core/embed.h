// Embedding: the URL parameters an embedder sets (?embed=publications&theme=dark&transparent=1 plus the
// publication filter), and the small, versioned message protocol between the app and the host page.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/route.h"

namespace portfolio {

enum class EmbedSection { None, Publications, Projects, Contact, Profile, All };

struct EmbedParams {
    EmbedSection section = EmbedSection::None;  // None: the full page, not embedded
    std::string theme;                           // "", "light", "dark" or "auto"
    bool transparent = false;                    // no page background: the host's shows through
    Route route;                                 // the publication filter given in the same query
};

// "?embed=publications&theme=dark&transparent=1&topic=video&q=attention" (with or without the '?').
// Unknown parameters and malformed values are ignored.
EmbedParams ParseEmbedQuery(std::string_view query);
const char* EmbedSectionName(EmbedSection section);  // "publications", ... ("" for None)

// App -> host: {"type":"portfolio:resize","version":1,"height":812,"section":"publications","state":"/publications?topic=video"}
inline constexpr int kEmbedProtocolVersion = 1;
std::string EncodeResizeMessage(int height, EmbedSection section, const std::string& state);

// Host -> app: {"type":"portfolio:command","version":1,"command":"setTheme","value":"dark"} or
// {"...","command":"setFilter","value":"/publications?topic=video"}. Anything else: nullopt.
struct EmbedCommand {
    enum class Kind { SetTheme, SetFilter } kind;
    std::string value;
};
std::optional<EmbedCommand> DecodeCommandMessage(std::string_view json_text);

}  // namespace portfolio
