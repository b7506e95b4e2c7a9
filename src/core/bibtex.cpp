// Citations: the BibTeX the profile gives for a publication, or one generated correctly from it.
#include "core/bibtex.h"

#include "core/search.h"
#include "core/text.h"

namespace portfolio {
namespace {

constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

// Letters and digits of the folded text, for citation keys ("Müller" -> "muller").
std::string KeyPart(std::string_view text) {
    std::string out;
    for (char c : FoldForSearch(text))
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    return out;
}

std::string FamilyName(std::string_view name) {
    const std::string_view n = Trim(name);
    if (const std::size_t comma = n.find(','); comma != std::string_view::npos) return std::string(Trim(n.substr(0, comma)));
    const std::size_t space = n.rfind(' ');
    return std::string(space == std::string_view::npos ? n : n.substr(space + 1));
}

// "https://arxiv.org/abs/2408.12588" -> "2408.12588"
std::string ArxivId(const std::string& url) {
    for (const char* marker : {"arxiv.org/abs/", "arxiv.org/pdf/"}) {
        const std::size_t at = url.find(marker);
        if (at == std::string::npos) continue;
        std::string id = url.substr(at + std::string(marker).size());
        if (const std::size_t end = id.find_first_of("?#"); end != std::string::npos) id.resize(end);
        if (id.size() > 4 && id.compare(id.size() - 4, 4, ".pdf") == 0) id.resize(id.size() - 4);
        return id;
    }
    return "";
}

// "https://dl.acm.org/doi/10.1145/3627535.3638465" or "https://doi.org/10.x/y" -> "10.1145/..."
std::string Doi(const std::string& url) {
    for (const char* marker : {"doi.org/", "/doi/"}) {
        const std::size_t at = url.find(marker);
        if (at == std::string::npos) continue;
        std::string doi = url.substr(at + std::string(marker).size());
        if (doi.rfind("10.", 0) == 0) return doi.substr(0, doi.find_first_of("?#"));
    }
    return "";
}

}  // namespace

std::string EscapeBibtex(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '\\': out += "\\textbackslash{}"; break;
            case '{': out += "\\{"; break;
            case '}': out += "\\}"; break;
            case '$': out += "\\$"; break;
            case '&': out += "\\&"; break;
            case '%': out += "\\%"; break;
            case '#': out += "\\#"; break;
            case '_': out += "\\_"; break;
            case '^': out += "\\^{}"; break;
            case '~': out += "\\~{}"; break;
            case '\n': case '\r': case '\t': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

std::string MakeBibtex(const Publication& pub) {
    if (!Trim(pub.bibtex).empty()) return std::string(Trim(pub.bibtex)) + "\n";
    std::string primary = pub.url;
    for (const Link& l : pub.links)
        if (primary.empty() && l.type == "paper") primary = l.url;
    const std::string arxiv = ArxivId(primary);
    const std::string doi = Doi(primary);

    const char* type = "misc";
    const char* venue_field = nullptr;
    switch (pub.venue_kind) {
        case VenueKind::Conference:
        case VenueKind::Workshop: type = "inproceedings"; venue_field = "booktitle"; break;
        case VenueKind::Journal: type = "article"; venue_field = "journal"; break;
        case VenueKind::Thesis: type = "phdthesis"; venue_field = "school"; break;
        case VenueKind::Preprint: type = "misc"; break;
        default: type = pub.publisher.empty() ? "misc" : "inproceedings"; venue_field = pub.publisher.empty() ? nullptr : "booktitle";
    }
    const bool is_arxiv = !arxiv.empty() || AsciiLower(pub.publisher).find("arxiv") != std::string::npos;

    // The first word with more than three letters ("Real-Time Video ..." -> "realtime"), else the first.
    const std::vector<std::string> title_words = QueryWords(pub.name);
    std::string first_word;
    for (const std::string& w : title_words) {
        if (const std::string k = KeyPart(w); k.size() > 3) {
            first_word = k;
            break;
        }
    }
    if (first_word.empty() && !title_words.empty()) first_word = KeyPart(title_words.front());
    std::string key = (pub.authors.empty() ? std::string("anon") : KeyPart(FamilyName(pub.authors.front().name))) +
                      (pub.release_date.IsSet() ? std::to_string(pub.release_date.year) : std::string()) + first_word;
    if (key.empty()) key = "publication";

    std::string out = "@" + std::string(type) + "{" + key + ",\n";
    auto field = [&](const char* name, const std::string& value, bool braced_twice = false) {
        if (value.empty()) return;
        out += "  " + std::string(name) + " = {" + (braced_twice ? "{" : "") + value + (braced_twice ? "}" : "") + "},\n";
    };
    field("title", EscapeBibtex(pub.name), true);
    std::string authors;
    for (const Author& a : pub.authors) authors += (authors.empty() ? "" : " and ") + EscapeBibtex(Trim(a.name));
    field("author", authors);
    if (venue_field && !(is_arxiv && pub.venue_kind != VenueKind::Conference && pub.venue_kind != VenueKind::Journal))
        field(venue_field, EscapeBibtex(pub.publisher));
    if (pub.release_date.IsSet()) field("year", std::to_string(pub.release_date.year));
    if (pub.release_date.month) out += "  month = " + std::string(kMonths[pub.release_date.month - 1]) + ",\n";
    if (is_arxiv && !arxiv.empty()) {
        field("eprint", EscapeBibtex(arxiv));
        field("archivePrefix", "arXiv");
    }
    if (is_arxiv && pub.venue_kind != VenueKind::Conference && pub.venue_kind != VenueKind::Journal) field("howpublished", "arXiv preprint");
    if (!doi.empty()) field("doi", EscapeBibtex(doi));
    // URLs are verbatim in BibTeX (the url package), so only braces (and a backslash) need care: they are
    // percent-encoded, which a browser reads as the same URL.
    if (!primary.empty()) {
        std::string url;
        for (char c : primary) url += c == '{' ? "%7B" : c == '}' ? "%7D" : c == '\\' ? "%5C" : std::string(1, c);
        field("url", url);
    }
    out.resize(out.size() - 2);  // the last ",\n"
    out += "\n}\n";
    return out;
}

}  // namespace portfolio
