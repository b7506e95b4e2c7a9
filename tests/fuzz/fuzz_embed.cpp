// Fuzz target: the embed message decoder (host -> app postMessage payloads, as JSON text). Anything
// that is not exactly a version-1 command is refused; a command that is accepted carries a theme the
// app knows or a filter in the route text form; and our own resize message is valid JSON for any text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/embed.h"
#include "fuzz_check.h"

using namespace portfolio;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto command = DecodeCommandMessage(text)) {
        // nlohmann/json as the oracle; it refuses numbers beyond a double, which JSON (and our reader) allow.
        try {
            const nlohmann::json parsed = nlohmann::json::parse(text);
            FUZZ_CHECK(parsed.is_object());
            FUZZ_CHECK(parsed.value("type", "") == "portfolio:command");
        } catch (const nlohmann::json::out_of_range& e) {
            FUZZ_CHECK(e.id == 406);  // "number overflow parsing '1e999'"
        } catch (const nlohmann::json::exception&) {
            FUZZ_CHECK(false);  // a command accepted from text that is not JSON
        }
        if (command->kind == EmbedCommand::Kind::SetTheme)
            FUZZ_CHECK(command->value == "light" || command->value == "dark" || command->value == "auto");
    }
    // The app's own message, with the fuzzer's bytes as section and state: always parseable JSON.
    const std::string half(text.substr(0, text.size() / 2)), rest(text.substr(text.size() / 2));
    const nlohmann::json resize = nlohmann::json::parse(EncodeResizeMessage(static_cast<int>(size), half, rest), nullptr, false);
    FUZZ_CHECK(!resize.is_discarded());
    FUZZ_CHECK(resize.value("type", "") == "portfolio:resize");
    return 0;
}
