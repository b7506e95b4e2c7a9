// Embedding: URL parameters and the versioned message protocol between the app and the host page.
#include "core/embed.h"

#include <nlohmann/json.hpp>

#include "core/json_doc.h"
#include "core/text.h"

namespace portfolio {

EmbedParams ParseEmbedQuery(std::string_view query) {
    EmbedParams params;
    if (!query.empty() && query.front() == '?') query.remove_prefix(1);
    std::string_view rest = query;
    while (!rest.empty()) {
        const std::size_t amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
        const std::size_t eq = pair.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string key = PercentDecode(pair.substr(0, eq));
        const std::string value = AsciiLower(Trim(PercentDecode(pair.substr(eq + 1))));
        if (key == "embed") {
            if (IsSectionSlug(value)) params.section = value;
        } else if (key == "theme") {
            if (value == "light" || value == "dark" || value == "auto") params.theme = value;
        } else if (key == "transparent") {
            params.transparent = value == "1" || value == "true" || value == "yes";
        }
    }
    // The filter parameters share the query; ParseRoute ignores the embed ones.
    params.route = ParseRoute("?" + std::string(query));
    return params;
}

std::string EncodeResizeMessage(int height, const std::string& section, const std::string& state) {
    nlohmann::json msg;
    msg["type"] = "portfolio:resize";
    msg["version"] = kEmbedProtocolVersion;
    msg["height"] = height < 0 ? 0 : height;
    msg["section"] = section;
    msg["state"] = state;
    return msg.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<EmbedCommand> DecodeCommandMessage(std::string_view json_text) {
    if (json_text.size() > 4096) return std::nullopt;
    JsonDoc doc;
    if (!doc.Parse(json_text, /*max_depth=*/4) || !doc.root().is_object()) return std::nullopt;
    const JsonValue msg = doc.root();
    const JsonValue type = msg.Find("type");
    const JsonValue version = msg.Find("version");
    const JsonValue command = msg.Find("command");
    const JsonValue value = msg.Find("value");
    if (!type.is_string() || type.str() != "portfolio:command") return std::nullopt;
    if (!version.is_number() || version.unsigned_integer() != static_cast<std::uint64_t>(kEmbedProtocolVersion)) return std::nullopt;
    if (!command.is_string() || !value.is_string()) return std::nullopt;
    const std::string_view v = value.str();
    if (command.str() == "setTheme") {
        if (v != "light" && v != "dark" && v != "auto") return std::nullopt;
        return EmbedCommand{EmbedCommand::Kind::SetTheme, std::string(v)};
    }
    if (command.str() == "setFilter") {
        if (v.size() > 1024) return std::nullopt;  // the reader has checked the UTF-8 already
        return EmbedCommand{EmbedCommand::Kind::SetFilter, std::string(v)};
    }
    return std::nullopt;
}

}  // namespace portfolio
