// Fuzz target: the BibTeX reader (.bib text -> Publications + diagnostics). Whatever the bytes, it
// returns; every diagnostic names an entry ("@type{key}") or "$" and a line inside the text; every
// publication has a title, a unique id, UTF-8 text (Latin-1 bytes are recoded), only links that pass
// CheckUrl, and its entry's text starting at '@'.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/bibtex_parse.h"
#include "core/links.h"
#include "core/text.h"
#include "fuzz_check.h"

using namespace portfolio;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    LoadLimits limits;
    limits.max_bytes = 1u << 20;       // the fuzzer's inputs are small; smaller caps keep each run fast
    limits.max_string_bytes = 4096;    // and let "@string{a = a # a}" reach its cap within an input
    const BibtexResult r = ParseBibtex(text, "fuzz.bib", limits);
    int lines = 1;
    for (char c : text) lines += c == '\n';
    for (const Diagnostic& d : r.diagnostics) {
        FUZZ_CHECK(!d.path.empty() && (d.path[0] == '$' || d.path[0] == '@'));
        FUZZ_CHECK(!d.message.empty());
        FUZZ_CHECK(d.file == "fuzz.bib");
        FUZZ_CHECK(d.line >= 1 && d.line <= lines);
        FUZZ_CHECK(d.column >= 1);
    }
    std::set<std::string> ids;
    for (const Publication& p : r.publications) {
        FUZZ_CHECK(!p.name.empty() && IsValidUtf8(p.name));
        FUZZ_CHECK(!p.id.empty() && ids.insert(p.id).second);
        FUZZ_CHECK(IsValidUtf8(p.publisher) && IsValidUtf8(p.summary) && IsValidUtf8(p.bibtex));
        FUZZ_CHECK(!p.bibtex.empty() && p.bibtex[0] == '@');
        for (const Author& a : p.authors) FUZZ_CHECK(!a.name.empty() && IsValidUtf8(a.name));
        for (const std::string& tag : p.tags) FUZZ_CHECK(!tag.empty() && IsValidUtf8(tag));
        if (!p.url.empty()) FUZZ_CHECK(CheckUrl(p.url).ok());
        for (const Link& l : p.links) FUZZ_CHECK(CheckUrl(l.url).ok() && !l.type.empty());
    }
    // The text helpers alone, on the raw bytes: they must return on anything.
    const std::string_view head = TruncateUtf8(text, 4096);
    const std::string plain = LatexToUtf8(head);
    if (IsValidUtf8(head)) FUZZ_CHECK(IsValidUtf8(plain));
    for (const std::string& name : SplitBibtexAuthors(head)) FUZZ_CHECK(!name.empty() && (!IsValidUtf8(head) || IsValidUtf8(name)));
    return 0;
}
