// Fuzz target: the profile loader (JSON text -> Profile + diagnostics). Whatever the bytes, it returns;
// every diagnostic names a JSONPath and a position inside the text; a document that did not parse keeps
// nothing; every publication it keeps has a title, and the BibTeX generated for it balances its braces.
// The static HTML export of what it keeps carries no script but JSON-LD, no '<' inside it, and no link
// outside http, https, mailto and its own pages.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/bibtex.h"
#include "core/html_export.h"
#include "core/load.h"
#include "core/markup.h"
#include "common/html_links.h"
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

std::size_t Count(const std::string& text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

void CheckExport(const Profile& profile) {
    std::string error;
    const std::vector<html::File> files = html::ExportSite(profile, {}, {}, error);
    FUZZ_CHECK(error.empty() && !files.empty());
    constexpr std::string_view kLd = "<script type=\"application/ld+json\">";
    for (const html::File& f : files) {
        if (!f.path.ends_with(".html")) continue;
        FUZZ_CHECK(Count(f.content, "<script") == Count(f.content, kLd));
        for (std::size_t at = f.content.find(kLd); at != std::string::npos; at = f.content.find(kLd, at + 1)) {
            const std::size_t start = at + kLd.size(), end = f.content.find("</script>", start);
            FUZZ_CHECK(end != std::string::npos && f.content.find('<', start) == end);
        }
        for (const std::string_view href : test::HrefsOutsideScripts(f.content)) FUZZ_CHECK(test::AllowedHref(href));
    }
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
    CheckExport(loaded.profile);
    return 0;
}
