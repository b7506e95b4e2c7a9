// Fuzz target: the URL/state text form (the hash, --state) and the embed query. Whatever the text, a
// route parses; its canonical form parses back to the same filter and formats to the same text (so
// history entries are stable); the embed query yields a known theme and a slug or nothing.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/embed.h"
#include "core/route.h"
#include "core/text.h"
#include "fuzz_check.h"

using namespace portfolio;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const Route route = ParseRoute(text);
    const std::string canonical = FormatRoute(route);
    const Route again = ParseRoute(canonical);
    // (The canonical form names the section a filter implies, so only the section may differ.)
    FUZZ_CHECK(again.filter == route.filter && again.selected == route.selected);
    FUZZ_CHECK(FormatRoute(again) == canonical);
    FUZZ_CHECK(route.section.empty() || IsSectionSlug(route.section));
    // Encoding round-trips text (bytes that are not UTF-8 are replaced on decoding, by design).
    if (IsValidUtf8(text)) FUZZ_CHECK(PercentDecode(PercentEncodeComponent(text)) == text);

    const EmbedParams embed = ParseEmbedQuery(text);
    FUZZ_CHECK(embed.theme.empty() || embed.theme == "light" || embed.theme == "dark" || embed.theme == "auto");
    FUZZ_CHECK(embed.section.empty() || IsSectionSlug(embed.section));
    const std::string embed_canonical = FormatRoute(embed.route);
    FUZZ_CHECK(FormatRoute(ParseRoute(embed_canonical)) == embed_canonical);
    return 0;
}
