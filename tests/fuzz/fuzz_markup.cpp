// Fuzz target: the inline markup parser (**bold**, *italic*, [text](url), escapes) and the search
// folding the views run over the same text. Whatever the text: every link kept is http(s) or mailto;
// no span is empty; the plain text equals the spans' text joined; search matches lie inside the text.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/markup.h"
#include "core/search.h"
#include "fuzz_check.h"

using namespace portfolio;

namespace {
// Case-insensitive, as schemes are ("HTTPS://" is https).
bool StartsWith(const std::string& s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string joined;
    for (const Span& span : ParseMarkup(text)) {
        FUZZ_CHECK(!span.text.empty());
        if (!span.url.empty())
            FUZZ_CHECK(StartsWith(span.url, "https://") || StartsWith(span.url, "http://") || StartsWith(span.url, "mailto:"));
        joined += span.text;
    }
    FUZZ_CHECK(PlainText(text) == joined);

    const FoldedText folded = FoldWithMap(text);
    FUZZ_CHECK(folded.source.size() == folded.folded.size());
    for (std::uint32_t at : folded.source) FUZZ_CHECK(at <= text.size());
    const std::string_view query = text.substr(0, std::min<std::size_t>(text.size(), 16));
    for (const auto& [begin, end] : FindMatches(text, QueryWords(query))) FUZZ_CHECK(begin < end && end <= text.size());
    return 0;
}
