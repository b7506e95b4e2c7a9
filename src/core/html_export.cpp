// The semantic HTML twin (core/html_export.h): escaping, the head's meta tags and JSON-LD, the
// publication pages with Google Scholar's citation_* tags, and the static site around them.
#include "core/html_export.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "core/dates.h"
#include "core/html_parts.h"
#include "core/links.h"
#include "core/markup.h"
#include "core/route.h"
#include "core/text.h"
#include "twin_css.h"  // generated from web/twin.css (src/CMakeLists.txt)

namespace portfolio::html {

using nlohmann::json;

std::string Escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string JsonForScript(std::string_view json_text) {
    std::string out;
    out.reserve(json_text.size());
    for (std::size_t i = 0; i < json_text.size(); ++i) {
        const char c = json_text[i];
        if (c == '<') out += "\\u003c";
        else if (c == '>') out += "\\u003e";
        else if (c == '&') out += "\\u0026";
        else if (json_text.compare(i, 3, "\xE2\x80\xA8") == 0) out += "\\u2028", i += 2;
        else if (json_text.compare(i, 3, "\xE2\x80\xA9") == 0) out += "\\u2029", i += 2;
        else out += c;
    }
    return out;
}

namespace {

void AppendSpans(std::string& out, std::string_view paragraph) {
    for (const Span& s : ParseMarkup(paragraph)) {
        std::string text = Escape(s.text);
        for (std::size_t at = 0; (at = text.find('\n', at)) != std::string::npos; at += 5) text.replace(at, 1, "<br>\n");
        if (s.italic) text = "<em>" + text + "</em>";
        if (s.bold) text = "<strong>" + text + "</strong>";
        if (!s.url.empty()) text = "<a href=\"" + Escape(s.url) + "\">" + text + "</a>";  // s.url passed CheckUrl
        out += text;
    }
}

}  // namespace

std::string MarkupToHtml(std::string_view markup) {
    std::string out;
    std::size_t start = 0;
    while (start <= markup.size()) {
        std::size_t end = markup.find("\n\n", start);
        if (end == std::string_view::npos) end = markup.size();
        const std::string_view paragraph = Trim(markup.substr(start, end - start));
        if (!paragraph.empty()) {
            out += "<p>";
            AppendSpans(out, paragraph);
            out += "</p>";
        }
        start = end + 2;
    }
    return out;
}

std::string SiteUrl(const Profile& profile, const ExportOptions& options) {
    const std::string& raw = options.site_url.empty() ? profile.basics.url : options.site_url;
    const CheckedUrl checked = CheckUrl(raw);
    if (!checked.ok() || checked.scheme == "mailto") return {};
    std::string url = checked.url;
    if (const std::size_t q = url.find_first_of("?#"); q != std::string::npos) url.resize(q);
    if (url.back() != '/') url += '/';
    return url;
}

namespace {

// A description of at most ~160 characters, cut at a word: search results show about that much.
std::string ShortDescription(std::string_view plain) {
    // Whitespace runs (newlines, tabs, U+2028/U+2029 included) become one space.
    std::string text;
    ForEachCodePoint(Trim(plain), [&](char32_t c) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0xA0;
        if (!space) AppendUtf8(text, c);
        else if (!text.empty() && text.back() != ' ') text += ' ';
    });
    if (text.size() <= 160) return text;
    std::string cut(TruncateUtf8(text, 157));
    if (const std::size_t space = cut.rfind(' '); space != std::string::npos && space > 80) cut.resize(space);
    while (!cut.empty() && (cut.back() == ',' || cut.back() == ';' || cut.back() == ':' || cut.back() == ' ')) cut.pop_back();
    return cut + "\xE2\x80\xA6";
}

std::string OwnerDescription(const Profile& p) {
    if (const std::string plain = PlainText(p.basics.summary); !Trim(plain).empty()) return ShortDescription(plain);
    std::string text = p.basics.name;
    if (!p.basics.label.empty()) text += ", " + p.basics.label;
    if (p.basics.affiliation) text += " at " + p.basics.affiliation->name;
    return ShortDescription(text + ": publications, projects and contact details.");
}

void Meta(std::string& out, const char* attr, std::string_view key, std::string_view value) {
    if (value.empty()) return;
    out += "<meta " + std::string(attr) + "=\"" + std::string(key) + "\" content=\"" + Escape(value) + "\">\n";
}

// Title, description, canonical link, Open Graph and Twitter card tags.
void SocialTags(std::string& out, std::string_view title, std::string_view description, std::string_view url, const char* og_type,
                const Profile& p) {
    out += "<title>" + Escape(title) + "</title>\n";
    Meta(out, "name", "description", description);
    if (!url.empty()) out += "<link rel=\"canonical\" href=\"" + Escape(url) + "\">\n";
    Meta(out, "property", "og:type", og_type);
    Meta(out, "property", "og:title", title);
    Meta(out, "property", "og:description", description);
    Meta(out, "property", "og:url", url);
    Meta(out, "property", "og:site_name", p.basics.name);
    if (const CheckedUrl image = CheckUrl(p.basics.image); image.ok() && image.scheme != "mailto") Meta(out, "property", "og:image", image.url);
    Meta(out, "name", "twitter:card", "summary");
    Meta(out, "name", "twitter:title", title);
    Meta(out, "name", "twitter:description", description);
    for (const SocialProfile& sp : p.basics.profiles) {
        const std::string network = AsciiLower(sp.network);
        const bool handle = !sp.username.empty() && sp.username.size() <= 15 &&
                            std::all_of(sp.username.begin(), sp.username.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
        if ((network == "twitter" || network == "x") && handle) Meta(out, "name", "twitter:site", "@" + sp.username);
    }
}

std::string WebUrl(std::string_view raw) {
    const CheckedUrl c = CheckUrl(raw);
    return c.ok() && c.scheme != "mailto" ? c.url : std::string();
}

json PersonLd(const Profile& p, const std::string& site) {
    const Basics& b = p.basics;
    json person = {{"@type", "Person"}, {"name", b.name}};
    if (!site.empty()) person["@id"] = site + "#person";
    if (!b.label.empty()) person["jobTitle"] = b.label;
    if (const std::string url = WebUrl(b.url); !url.empty()) person["url"] = url;
    if (!b.email.empty() && CheckUrl("mailto:" + b.email).ok()) person["email"] = "mailto:" + b.email;
    if (const std::string image = WebUrl(b.image); !image.empty()) person["image"] = image;
    if (b.affiliation) {
        json org = {{"@type", "Organization"}, {"name", b.affiliation->name}};
        if (const std::string url = WebUrl(b.affiliation->url); !url.empty()) org["url"] = url;
        person["affiliation"] = org;
    }
    if (!b.location.city.empty() || !b.location.country_code.empty()) {
        json address = {{"@type", "PostalAddress"}};
        for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"addressLocality", &b.location.city},
                                         {"addressRegion", &b.location.region}, {"addressCountry", &b.location.country_code}})
            if (!value->empty()) address[key] = *value;
        person["address"] = address;
    }
    json same_as = json::array();
    for (const SocialProfile& sp : b.profiles)
        if (const std::string url = WebUrl(sp.url); !url.empty()) same_as.push_back(url);
    if (!same_as.empty()) person["sameAs"] = same_as;
    return person;
}

// `owner_id`: the Person's @id, given to the owner's entry in the author list ("" for none).
json ArticleLd(const Publication& pub, const std::string& page_url, const std::string& owner_id) {
    json article = {{"@type", "ScholarlyArticle"}, {"name", pub.name}, {"headline", std::string(TruncateUtf8(pub.name, 110))}};
    json authors = json::array();
    for (const Author& a : pub.authors) {
        json author = {{"@type", "Person"}, {"name", a.name}};
        if (a.is_owner && !owner_id.empty()) author["@id"] = owner_id;
        authors.push_back(std::move(author));
    }
    if (!authors.empty()) article["author"] = authors;
    if (pub.release_date.IsSet()) article["datePublished"] = FormatIsoDate(pub.release_date);
    if (!pub.publisher.empty()) article["isPartOf"] = {{"@type", "CreativeWork"}, {"name", pub.publisher}};
    if (!page_url.empty()) article["url"] = page_url;
    if (const std::string url = WebUrl(pub.url); !url.empty()) article["sameAs"] = url;
    if (const std::string abstract = PlainText(pub.summary); !abstract.empty()) article["abstract"] = abstract;
    if (!pub.tags.empty()) article["keywords"] = pub.tags;
    return article;
}

std::string LdScript(const json& value) {
    return "<script type=\"application/ld+json\">" + JsonForScript(value.dump(-1, ' ', false, json::error_handler_t::replace)) +
           "</script>\n";
}

}  // namespace

std::vector<std::string> PublicationPagePaths(const Profile& profile) {
    std::vector<std::string> paths;
    std::set<std::string> used;
    for (std::size_t i = 0; i < profile.publications.size(); ++i) {
        const std::string slug = Slugify(profile.publications[i].id);
        std::string name = slug.empty() ? "paper-" + std::to_string(i + 1) : slug;
        for (int n = 2; !used.insert(name).second; ++n) name = (slug.empty() ? "paper-" + std::to_string(i + 1) : slug) + "-" + std::to_string(n);
        paths.push_back("pub/" + name + ".html");
    }
    return paths;
}

Twin RenderTwin(const Profile& profile, const ExportOptions& options) {
    Twin twin;
    const std::string site = SiteUrl(profile, options);
    std::string title = profile.basics.name;
    if (!profile.basics.label.empty()) title += " \xE2\x80\x94 " + profile.basics.label;
    SocialTags(twin.head, title, OwnerDescription(profile), site, "profile", profile);
    json graph = json::array({PersonLd(profile, site)});
    const std::vector<std::string> pages = PublicationPagePaths(profile);
    for (std::size_t i = 0; i < profile.publications.size(); ++i) {
        json article = ArticleLd(profile.publications[i], site.empty() ? pages[i] : site + pages[i], site.empty() ? "" : site + "#person");
        graph.push_back(std::move(article));
    }
    twin.head += LdScript({{"@context", "https://schema.org"}, {"@graph", graph}});
    twin.body = "<main id=\"twin\" class=\"twin\">\n";
    for (const SectionWriter& section : SectionWriters()) {
        section.write(profile, twin.body);
        if (twin.body.back() != '\n') twin.body += '\n';
    }
    twin.body += "</main>\n";
    return twin;
}

namespace {

std::string ScholarDate(const Date& d) {
    char buf[16];
    if (d.day) std::snprintf(buf, sizeof buf, "%04d/%02d/%02d", d.year, d.month, d.day);
    else if (d.month) std::snprintf(buf, sizeof buf, "%04d/%02d", d.year, d.month);
    else std::snprintf(buf, sizeof buf, "%04d", d.year);
    return buf;
}

// "2408.12588" from an arXiv abs or pdf URL, else empty.
std::string ArxivId(std::string_view url) {
    for (std::string_view marker : {"arxiv.org/abs/", "arxiv.org/pdf/"}) {
        const std::size_t at = url.find(marker);
        if (at == std::string_view::npos) continue;
        std::string id(url.substr(at + marker.size()));
        if (const std::size_t end = id.find_first_of("?#"); end != std::string::npos) id.resize(end);
        if (id.size() > 4 && id.compare(id.size() - 4, 4, ".pdf") == 0) id.resize(id.size() - 4);
        return id;
    }
    return {};
}

// "10.1145/3627535.3638465" from a doi.org link or a publisher's /doi/ path (ACM, Wiley, ...), else empty.
std::string Doi(std::string_view url) {
    for (std::string_view marker : {"doi.org/", "/doi/abs/", "/doi/full/", "/doi/pdf/", "/doi/"}) {
        const std::size_t at = url.find(marker);
        if (at == std::string_view::npos || url.compare(at + marker.size(), 3, "10.") != 0) continue;
        std::string doi(url.substr(at + marker.size()));
        if (const std::size_t end = doi.find_first_of("?#"); end != std::string::npos) doi.resize(end);
        return PercentDecode(doi);
    }
    return {};
}

std::string PdfUrl(const Publication& pub) {
    std::vector<std::string> urls{pub.url};
    for (const Link& l : pub.links) {
        if (AsciiLower(l.type) == "pdf" && !WebUrl(l.url).empty()) return WebUrl(l.url);
        urls.push_back(l.url);
    }
    for (const std::string& u : urls) {
        const std::string url = WebUrl(u);
        if (url.size() > 4 && AsciiLower(url.substr(url.size() - 4)) == ".pdf") return url;
    }
    for (const std::string& u : urls)
        if (const std::string id = ArxivId(WebUrl(u)); !id.empty()) return "https://arxiv.org/pdf/" + id;
    return {};
}

void CitationTags(std::string& out, const Publication& pub, const std::string& page_url) {
    Meta(out, "name", "citation_title", pub.name);
    for (const Author& a : pub.authors) Meta(out, "name", "citation_author", a.name);
    if (pub.release_date.IsSet()) Meta(out, "name", "citation_publication_date", ScholarDate(pub.release_date));
    const char* venue_tag = "citation_publisher";
    switch (pub.venue_kind) {
        case VenueKind::Conference: case VenueKind::Workshop: venue_tag = "citation_conference_title"; break;
        case VenueKind::Journal: venue_tag = "citation_journal_title"; break;
        case VenueKind::Thesis: venue_tag = "citation_dissertation_institution"; break;
        case VenueKind::Preprint: venue_tag = "citation_technical_report_institution"; break;
        default: break;
    }
    Meta(out, "name", venue_tag, pub.publisher);
    Meta(out, "name", "citation_pdf_url", PdfUrl(pub));
    Meta(out, "name", "citation_abstract_html_url", page_url);
    std::vector<std::string> urls{pub.url};
    for (const Link& l : pub.links) urls.push_back(l.url);
    for (const std::string& u : urls) {
        const std::string url = WebUrl(u);
        if (const std::string doi = Doi(url); !doi.empty()) {
            Meta(out, "name", "citation_doi", doi);
            break;
        }
        if (const std::string id = ArxivId(url); !id.empty()) {
            Meta(out, "name", "citation_arxiv_id", id);
            break;
        }
    }
    if (!pub.tags.empty()) {
        std::string keywords;
        for (const std::string& t : pub.tags) keywords += (keywords.empty() ? "" : "; ") + t;
        Meta(out, "name", "citation_keywords", keywords);
    }
}

constexpr std::string_view kPageCsp =
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self' https:\">\n";

// `root`: the way from the page to the site's folder ("" or "../"), for the stylesheet and the icon.
std::string Document(std::string_view head, std::string_view body, std::string_view root) {
    return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" + std::string(kPageCsp) +
           "<meta name=\"color-scheme\" content=\"light dark\">\n" + std::string(head) + "<link rel=\"icon\" href=\"" + std::string(root) +
           "favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"" + std::string(root) + "twin.css\">\n</head>\n<body class=\"twin-page\">\n" + std::string(body) + "</body>\n</html>\n";
}

}  // namespace

std::string RenderPublicationPage(const Profile& profile, std::size_t index, const std::string& page, const ExportOptions& options) {
    const Publication& pub = profile.publications.at(index);
    const std::string site = SiteUrl(profile, options);
    const std::string url = site.empty() ? std::string() : site + page;
    std::string head;
    const std::string abstract = PlainText(pub.summary);
    std::string byline;
    for (const Author& a : pub.authors) byline += (byline.empty() ? "" : ", ") + a.name;
    if (!pub.publisher.empty()) byline += (byline.empty() ? "" : ". ") + pub.publisher;
    if (pub.release_date.IsSet()) byline += (byline.empty() ? "" : ", ") + FormatDate(pub.release_date);
    SocialTags(head, pub.name, ShortDescription(abstract.empty() ? byline + "." : abstract), url, "article", profile);
    CitationTags(head, pub, url);
    json article = ArticleLd(pub, url, site.empty() ? "" : site + "#person");
    article["@context"] = "https://schema.org";
    head += LdScript(article);

    std::string body = "<main class=\"twin\"><nav class=\"twin-back\"><a href=\"../index.html#/publications?pub=" +
                       Escape(PercentEncodeComponent(pub.id)) + "\">\xE2\x86\x90 " + Escape(profile.basics.name) + "</a></nav>\n";
    body += "<article><h1>" + Escape(pub.name) + "</h1><p class=\"twin-authors\">";
    AppendAuthors(body, pub);
    body += "</p>";
    std::string meta = pub.publisher;
    if (pub.release_date.IsSet()) meta += (meta.empty() ? "" : " \xC2\xB7 ") + FormatDate(pub.release_date);
    AppendParagraph(body, meta, "twin-meta");
    if (!pub.summary.empty()) body += "<h2>Abstract</h2>" + MarkupToHtml(pub.summary);
    AppendLinks(body, pub.links, pub.url);
    if (!pub.bibtex.empty()) body += "<h2>Cite</h2><pre class=\"twin-bibtex\">" + Escape(pub.bibtex) + "</pre>";
    body += "</article></main>\n";
    return Document(head, body, "../");
}

std::string EmbedTwin(std::string_view shell, const Profile& profile, const Twin& twin, std::string& error) {
    std::string page(shell);
    for (const auto& [marker, part] : {std::pair<std::string_view, std::string_view>{"<!--twin:head-->", twin.head},
                                       {"<!--twin:body-->", twin.body}}) {
        const std::size_t at = page.find(marker);
        if (at == std::string::npos) {
            error = "the page shell has no " + std::string(marker) + " marker";
            return {};
        }
        page.replace(at, marker.size(), part);
    }
    const std::string name = Escape(profile.basics.name);
    for (std::size_t at = 0; (at = page.find("{{name}}", at)) != std::string::npos; at += name.size()) page.replace(at, 8, name);
    return page;
}

std::string_view TwinStylesheet() { return kTwinCss; }

std::string FaviconSvg(const Profile& profile) {
    // The first letter of the first and of the last word ("Ada King Lovelace" -> "AL"); one for a single word.
    std::vector<std::string> words;
    std::string word;
    for (char c : profile.basics.name + " ") {
        if (c != ' ') word += c;
        else if (!word.empty()) words.push_back(std::move(word)), word.clear();
    }
    std::string initials;
    auto first_letter = [&](const std::string& w) {
        std::size_t length = 0;
        const char32_t c = DecodeUtf8At(w, 0, length);
        if (c < 0x80 && !std::isalnum(static_cast<unsigned char>(c))) return;
        AppendUtf8(initials, c >= 'a' && c <= 'z' ? c - 32 : c);
    };
    if (!words.empty()) first_letter(words.front());
    if (words.size() > 1) first_letter(words.back());
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><defs><linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"1\" "
           "y2=\"1\"><stop offset=\"0\" stop-color=\"#5b8def\"/><stop offset=\"1\" stop-color=\"#3553c6\"/></linearGradient></defs>"
           "<circle cx=\"32\" cy=\"32\" r=\"30\" fill=\"url(#g)\"/><text x=\"32\" y=\"41\" font-family=\"Inter, Helvetica, Arial, sans-serif\" "
           "font-size=\"24\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#fff\">" + Escape(initials) + "</text></svg>\n";
}

std::vector<File> ExportSite(const Profile& profile, const ExportOptions& options, std::string_view shell, std::string& error) {
    std::vector<File> files;
    const Twin twin = RenderTwin(profile, options);
    if (shell.empty()) files.push_back({"index.html", Document(twin.head, twin.body, "")});
    else files.push_back({"index.html", EmbedTwin(shell, profile, twin, error)});
    if (!error.empty()) return {};
    files.push_back({"twin.css", std::string(kTwinCss)});
    files.push_back({"favicon.svg", FaviconSvg(profile)});
    const std::vector<std::string> pages = PublicationPagePaths(profile);
    for (std::size_t i = 0; i < pages.size(); ++i) files.push_back({pages[i], RenderPublicationPage(profile, i, pages[i], options)});
    const std::string site = SiteUrl(profile, options);
    std::string robots = "User-agent: *\nAllow: /\n";
    if (!site.empty()) {
        std::string sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
        sitemap += "<url><loc>" + Escape(site) + "</loc></url>\n";
        for (const std::string& page : pages) sitemap += "<url><loc>" + Escape(site + page) + "</loc></url>\n";
        files.push_back({"sitemap.xml", sitemap + "</urlset>\n"});
        robots += "Sitemap: " + site + "sitemap.xml\n";
    }
    files.push_back({"robots.txt", robots});
    return files;
}

bool WriteFiles(const std::string& dir, const std::vector<File>& files, std::string& error) {
    namespace fs = std::filesystem;
    for (const File& f : files) {
        const fs::path path = fs::path(dir) / f.path;
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(f.content.data(), static_cast<std::streamsize>(f.content.size()));
        out.close();
        if (!out) {
            error = "cannot write " + path.string() + (ec ? ": " + ec.message() : std::string());
            return false;
        }
    }
    return true;
}

}  // namespace portfolio::html
