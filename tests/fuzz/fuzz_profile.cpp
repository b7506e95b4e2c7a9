// Fuzz target: the profile loader (JSON text -> Profile + diagnostics). Whatever the bytes, it returns;
// every diagnostic names a JSONPath and a position inside the text; a document that did not parse keeps
// nothing; every publication it keeps has a title, and the BibTeX generated for it balances its braces.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/bibtex.h"
#include "core/load.h"
#include "core/markup.h"
#include "fuzz_check.h"

using namespace portfolio;

namespace {

bool BracesBalanced(const std::string& text) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') { ++i; continue; }  // \{ and \} are literal braces
        if (text[i] == '{') ++depth;
        if (text[i] == '}' && --depth < 0) return false;
    }
    return depth == 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    LoadLimits limits;
    limits.max_bytes = 1u << 20;  // the fuzzer's inputs are small; a smaller cap keeps each run fast
    const LoadResult loaded = LoadProfileFromText(text, "fuzz.json", limits);
    int lines = 1;
    for (char c : text) lines += c == '\n';
    for (const Diagnostic& d : loaded.diagnostics) {
        FUZZ_CHECK(!d.path.empty() && d.path[0] == '$');
        FUZZ_CHECK(!d.message.empty());
        FUZZ_CHECK(d.file == "fuzz.json");
        FUZZ_CHECK(d.line >= 0 && d.line <= lines);
        FUZZ_CHECK(d.column >= 0);
    }
    if (!loaded.document_ok) FUZZ_CHECK(loaded.profile.publications.empty() && loaded.profile.basics.name.empty());
    for (const Publication& p : loaded.profile.publications) {
        FUZZ_CHECK(!p.name.empty());
        if (p.bibtex.empty()) FUZZ_CHECK(BracesBalanced(MakeBibtex(p)));  // (a verbatim one is the owner's)
        (void)PlainText(p.name);
    }
    (void)ParseMarkup(loaded.profile.basics.summary);
    return 0;
}
