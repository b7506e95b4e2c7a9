// The semantic HTML twin (core/html_export): well-formed pages, every publication present with its
// Google Scholar tags, escaped meta tags and JSON-LD, no script or unsafe link from profile text, the
// sitemap and robots.txt, the page shell's markers, and the export command.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/hostile_load.h"
#include "common/html_links.h"
#include "core/export_command.h"
#include "core/html_export.h"
#include "core/load.h"

using namespace portfolio;
using nlohmann::json;

namespace {

const std::set<std::string> kVoid = {"meta", "link", "br", "img", "input", "hr"};

bool Lower(char c) { return c >= 'a' && c <= 'z'; }

// Reads one start tag's inside ("a href=\"x\" rel=\"me\""): its name, or "" when it is not of the form
// name (space attr(="value")?)*, lowercase names, values double-quoted without '<', '>' or '"'.
// (By hand, not std::regex: a 1 MB attribute would overflow regex's recursion.)
std::string StartTagName(std::string_view tag) {
    std::size_t i = 0;
    while (i < tag.size() && (Lower(tag[i]) || (i && std::isdigit(static_cast<unsigned char>(tag[i]))))) ++i;
    const std::string name(tag.substr(0, i));
    while (i < tag.size()) {
        if (tag[i] != ' ') return "";
        ++i;
        const std::size_t start = i;
        while (i < tag.size() && (Lower(tag[i]) || tag[i] == '-' || tag[i] == ':')) ++i;
        if (i == start) return "";
        if (i < tag.size() && tag[i] == '=') {
            if (i + 1 >= tag.size() || tag[i + 1] != '"') return "";
            const std::size_t close = tag.find('"', i + 2);
            if (close == std::string_view::npos) return "";
            i = close + 1;
        }
    }
    return name;
}

// A strict check of the pages we write: every tag closed in order (void elements excepted), every
// attribute value double-quoted, no '<' or '>' in text or values, script bodies only JSON-LD.
// Returns "" when well-formed, else what is wrong and where.
std::string WellFormed(const std::string& page) {
    std::vector<std::string> open;
    std::size_t i = 0;
    while (i < page.size()) {
        if (page[i] == '>') return "a stray '>' at " + std::to_string(i);
        if (page[i] != '<') { ++i; continue; }
        const std::size_t end = page.find('>', i);
        if (end == std::string::npos) return "an unclosed tag at " + std::to_string(i);
        if (page.compare(i, 9, "<!doctype") == 0 || page.compare(i, 5, "<?xml") == 0 || page.compare(i, 4, "<!--") == 0) {
            i = end + 1;
            continue;
        }
        const std::string_view tag = std::string_view(page).substr(i + 1, end - i - 1);
        if (!tag.empty() && tag[0] == '/') {
            const std::string name(tag.substr(1));
            if (open.empty() || open.back() != name) return "</" + name + "> closes <" + (open.empty() ? "" : open.back()) + ">";
            open.pop_back();
        } else if (const std::string name = StartTagName(tag); !name.empty()) {
            if (name == "script") {
                if (tag != "script type=\"application/ld+json\"") return "a script that is not JSON-LD";
                const std::size_t close = page.find("</script>", end);
                if (close == std::string::npos) return "an unclosed script";
                if (page.substr(end + 1, close - end - 1).find('<') != std::string::npos) return "a '<' inside JSON-LD";
                i = close + 9;
                continue;
            }
            if (!kVoid.count(name)) open.push_back(name);
        } else {
            return "a malformed tag <" + std::string(tag.substr(0, 60)) + ">";
        }
        i = end + 1;
    }
    return open.empty() ? "" : "<" + open.back() + "> is never closed";
}

// Every text between `before` and the next `after`.
std::vector<std::string> Between(const std::string& text, const std::string& before, const std::string& after) {
    std::vector<std::string> out;
    for (std::size_t at = text.find(before); at != std::string::npos; at = text.find(before, at + 1)) {
        const std::size_t end = text.find(after, at + before.size());
        if (end == std::string::npos) break;
        out.push_back(text.substr(at + before.size(), end - at - before.size()));
    }
    return out;
}

std::size_t Count(const std::string& text, const std::string& what) { return Between(text, what, "").size(); }

std::vector<json> JsonLd(const std::string& page) {
    std::vector<json> out;
    for (const std::string& body : Between(page, "<script type=\"application/ld+json\">", "</script>")) out.push_back(json::parse(body));
    return out;
}

std::string ContentOf(const std::string& page, const std::string& meta_name) {
    std::vector<std::string> found = Between(page, "<meta name=\"" + meta_name + "\" content=\"", "\">");
    if (found.empty()) found = Between(page, "<meta property=\"" + meta_name + "\" content=\"", "\">");
    return found.empty() ? std::string("<none>") : found.front();
}

const html::File* FindFile(const std::vector<html::File>& files, const std::string& path) {
    for (const html::File& f : files)
        if (f.path == path) return &f;
    return nullptr;
}

std::vector<html::File> Export(const Profile& profile, const html::ExportOptions& options = {}, std::string_view shell = {}) {
    std::string error;
    std::vector<html::File> files = html::ExportSite(profile, options, shell, error);
    REQUIRE(error.empty());
    return files;
}

// Every href and src is an allowed link or one of our own relative pages.
void CheckLinks(const std::string& page) {
    std::vector<std::string> refs = Between(page, " href=\"", "\"");
    for (const std::string& src : Between(page, " src=\"", "\"")) refs.push_back(src);
    for (const std::string& href : refs) {
        CAPTURE(href);
        const bool own = href.rfind("pub/", 0) == 0 || href.rfind("../", 0) == 0 || href == "twin.css" || href == "style.css" ||
                         href == "favicon.svg";
        const bool allowed = href.rfind("https://", 0) == 0 || href.rfind("http://", 0) == 0 || href.rfind("mailto:", 0) == 0;
        CHECK((own || allowed));
    }
}

const Profile& Bundled() {
    static const LoadResult loaded = LoadProfileFromFile(PORTFOLIO_DATA_DIR "/profile.json");
    return loaded.profile;
}

}  // namespace

TEST_CASE("the bundled profile's twin is well-formed and has every section, publication and link") {
    const Profile& p = Bundled();
    REQUIRE(p.publications.size() >= 5);
    const std::vector<html::File> files = Export(p);
    const html::File* index = FindFile(files, "index.html");
    REQUIRE(index);
    CHECK(WellFormed(index->content) == "");
    CheckLinks(index->content);
    CHECK(index->content.find("<h1>Xuanlei Zhao</h1>") != std::string::npos);
    for (const char* id : {"header", "about", "publications", "projects", "experience", "education", "contact"})
        CHECK(index->content.find("id=\"" + std::string(id) + "\"") != std::string::npos);
    for (const Publication& pub : p.publications) {
        CAPTURE(pub.name);
        CHECK(index->content.find(html::Escape(pub.name)) != std::string::npos);
    }
    for (const Project& pr : p.projects) CHECK(index->content.find(html::Escape(pr.name)) != std::string::npos);
    CHECK(index->content.find("href=\"mailto:xuanlei@u.nus.edu\"") != std::string::npos);
    CHECK(index->content.find("href=\"https://github.com/oahzxl\" rel=\"me\"") != std::string::npos);
    CHECK(FindFile(files, "twin.css")->content == html::TwinStylesheet());
    CHECK(html::TwinStylesheet().find(".twin") != std::string_view::npos);
}

TEST_CASE("the head has title, description, canonical link, Open Graph, Twitter card and JSON-LD") {
    const Profile& p = Bundled();
    const std::string page = FindFile(Export(p), "index.html")->content;
    CHECK(page.find("<title>Xuanlei Zhao \xE2\x80\x94 PhD student in Computer Science</title>") != std::string::npos);
    const std::string description = ContentOf(page, "description");
    CHECK(description.rfind("Hi! I am a first-year PhD student", 0) == 0);
    CHECK(description.size() <= 170);
    CHECK(page.find("<link rel=\"canonical\" href=\"https://oahzxl.github.io/\">") != std::string::npos);
    CHECK(ContentOf(page, "og:type") == "profile");
    CHECK(ContentOf(page, "og:url") == "https://oahzxl.github.io/");
    CHECK(ContentOf(page, "og:title") == ContentOf(page, "twitter:title"));
    CHECK(ContentOf(page, "twitter:card") == "summary");
    CHECK(ContentOf(page, "twitter:site") == "@oahzxl");

    const std::vector<json> ld = JsonLd(page);
    REQUIRE(ld.size() == 1);
    const json& graph = ld[0]["@graph"];
    REQUIRE(graph.is_array());
    REQUIRE(graph.size() == 1 + p.publications.size());
    const json& person = graph[0];
    CHECK(person["@type"] == "Person");
    CHECK(person["name"] == "Xuanlei Zhao");
    CHECK(person["email"] == "mailto:xuanlei@u.nus.edu");
    CHECK(person["sameAs"].size() == 3);
    CHECK(person["sameAs"][1] == "https://github.com/oahzxl");
    CHECK(person["affiliation"]["name"] == "National University of Singapore");
    CHECK_FALSE(person["address"].contains("addressRegion"));  // empty fields are left out
    for (std::size_t i = 0; i < p.publications.size(); ++i) {
        const json& article = graph[i + 1];
        CHECK(article["@type"] == "ScholarlyArticle");
        CHECK(article["name"] == p.publications[i].name);
        CHECK(article["author"].size() == p.publications[i].authors.size());
        CHECK(article["url"].get<std::string>().rfind("https://oahzxl.github.io/pub/", 0) == 0);
    }
    CHECK(graph[1]["author"][0]["@id"] == "https://oahzxl.github.io/#person");  // the owner is the Person
    CHECK(graph[1]["datePublished"] == "2024-08");
}

TEST_CASE("each publication has its own page with Google Scholar's citation tags") {
    const Profile& p = Bundled();
    const std::vector<html::File> files = Export(p);
    const std::vector<std::string> paths = html::PublicationPagePaths(p);
    REQUIRE(paths.size() == p.publications.size());
    CHECK(std::set<std::string>(paths.begin(), paths.end()).size() == paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const Publication& pub = p.publications[i];
        CAPTURE(paths[i]);
        const html::File* f = FindFile(files, paths[i]);
        REQUIRE(f);
        CHECK(WellFormed(f->content) == "");
        CheckLinks(f->content);
        CHECK(ContentOf(f->content, "citation_title") == html::Escape(pub.name));
        const std::vector<std::string> authors = Between(f->content, "<meta name=\"citation_author\" content=\"", "\">");
        REQUIRE(authors.size() == pub.authors.size());
        for (std::size_t k = 0; k < authors.size(); ++k) CHECK(authors[k] == html::Escape(pub.authors[k].name));
        CHECK(ContentOf(f->content, "citation_abstract_html_url") == "https://oahzxl.github.io/" + paths[i]);
        CHECK(JsonLd(f->content).at(0)["@type"] == "ScholarlyArticle");
        CHECK(f->content.find("../index.html#/publications?pub=" + pub.id) != std::string::npos);
    }
    const std::string pab = FindFile(files, "pub/pab.html")->content;
    CHECK(ContentOf(pab, "citation_publication_date") == "2024/08");
    CHECK(ContentOf(pab, "citation_pdf_url") == "https://arxiv.org/pdf/2408.12588");
    CHECK(ContentOf(pab, "citation_arxiv_id") == "2408.12588");
    CHECK(ContentOf(pab, "citation_technical_report_institution") == "arXiv");
    const std::string autochunk = FindFile(files, "pub/autochunk.html")->content;
    CHECK(ContentOf(autochunk, "citation_conference_title") == "ICLR 2024");
    const std::string fastfold = FindFile(files, "pub/fastfold.html")->content;
    CHECK(ContentOf(fastfold, "citation_doi") == "10.1145/3627535.3638465");
}

TEST_CASE("a journal article, a thesis, a PDF link, an abstract and BibTeX on the publication page") {
    const LoadResult loaded = LoadProfileFromText(R"({"basics": {"name": "Ada Lovelace", "url": "https://ada.example/"},
      "publications": [
        {"name": "Notes", "publisher": "Nature", "venueKind": "journal", "releaseDate": "1843-07-15",
         "authors": ["Ada Lovelace"], "summary": "First **program**.\n\nSecond paragraph.",
         "links": [{"type": "pdf", "url": "https://ada.example/notes.pdf"}, {"type": "doi", "url": "https://doi.org/10.1000/182"}],
         "bibtex": "@article{notes, title={Notes </pre><script>x</script>}}"},
        {"name": "A thesis", "publisher": "University of London", "venueKind": "thesis", "releaseDate": "1850"}]})");
    const std::vector<html::File> files = Export(loaded.profile);
    const std::string notes = FindFile(files, "pub/notes.html")->content;
    CHECK(WellFormed(notes) == "");
    CHECK(ContentOf(notes, "citation_journal_title") == "Nature");
    CHECK(ContentOf(notes, "citation_publication_date") == "1843/07/15");
    CHECK(ContentOf(notes, "citation_pdf_url") == "https://ada.example/notes.pdf");
    CHECK(ContentOf(notes, "citation_doi") == "10.1000/182");
    CHECK(ContentOf(notes, "description") == "First program. Second paragraph.");
    CHECK(notes.find("<h2>Abstract</h2><p>First <strong>program</strong>.</p><p>Second paragraph.</p>") != std::string::npos);
    CHECK(notes.find("<pre class=\"twin-bibtex\">@article{notes, title={Notes &lt;/pre&gt;&lt;script&gt;x&lt;/script&gt;}}</pre>") !=
          std::string::npos);
    const std::string thesis = FindFile(files, "pub/a-thesis.html")->content;
    CHECK(ContentOf(thesis, "citation_dissertation_institution") == "University of London");
    CHECK(ContentOf(thesis, "citation_publication_date") == "1850");
    CHECK(ContentOf(thesis, "citation_pdf_url") == "<none>");
}

TEST_CASE("profile text cannot inject markup, script or unsafe links into the pages") {
    const LoadResult loaded = LoadProfileFromText(R"json({"basics": {
        "name": "</script><script>alert(1)</script>\" onload=\"x",
        "label": "<img src=x onerror=alert(1)>", "url": "javascript:alert(1)", "email": "a@b.c\"><script>",
        "summary": "[click](javascript:alert(1)) and [ok](https://ok.example/?a=1&b=\"2\") <b>",
        "profiles": [{"network": "Twitter", "username": "x\"><script>", "url": "data:text/html,<script>alert(1)</script>"}]},
      "publications": [{"id": "../../etc/passwd", "name": "T</title><script>alert(1)</script>",
        "publisher": "\"'><svg onload=alert(1)>", "url": "vbscript:msgbox", "authors": ["<b>Bob</b>"],
        "summary": "line\u2028separator </script>",
        "links": [{"type": "code", "url": "https://ok.example/\"onmouseover=\"alert(1)"}]},
        {"id": "", "name": "\u4e2d\u6587\u6807\u9898"}]})json");
    const std::vector<html::File> files = Export(loaded.profile, html::ExportOptions{"https://me.example/~x/"});
    for (const html::File& f : files) {
        CAPTURE(f.path);
        if (f.path.ends_with(".css")) continue;
        if (f.path == "favicon.svg") {  // initials are letters and digits: "</script>..." gives none, "onload" its O
            CHECK(f.content.find("fill=\"#fff\">O</text>") != std::string::npos);
            continue;
        }
        CHECK(std::regex_match(f.path, std::regex(R"((index\.html|robots\.txt|sitemap\.xml|pub/[a-z0-9-]+\.html))")));
        if (f.path.ends_with(".html")) CHECK(WellFormed(f.content) == "");
        CheckLinks(f.content);
        CHECK(Count(f.content, "<script") == Count(f.content, "<script type=\"application/ld+json\">"));
        CHECK(f.content.find("javascript:") == std::string::npos);
        CHECK(f.content.find("vbscript:") == std::string::npos);
        CHECK(f.content.find("data:text") == std::string::npos);
        CHECK(f.content.find("<img") == std::string::npos);
        CHECK(f.content.find("<svg") == std::string::npos);
        CHECK(f.content.find("<b>") == std::string::npos);
    }
    const std::string index = FindFile(files, "index.html")->content;
    // The name comes back exactly from the escaped tags and the JSON-LD.
    CHECK(ContentOf(index, "og:site_name") == html::Escape(loaded.profile.basics.name));
    CHECK(JsonLd(index).at(0)["@graph"][0]["name"] == loaded.profile.basics.name);
    CHECK(ContentOf(index, "twitter:site") == "<none>");  // not a handle
    CHECK(index.find("href=\"https://ok.example/?a=1&amp;b=&quot;2&quot;\"") != std::string::npos);
    // In JSON-LD, U+2028 and "</script>" are escapes that read back as they were.
    const std::string ld = Between(index, "<script type=\"application/ld+json\">", "</script>").at(0);
    CHECK(ld.find("\xE2\x80\xA8") == std::string::npos);
    CHECK(ld.find("\\u2028") != std::string::npos);
    CHECK(JsonLd(index).at(0)["@graph"][1]["abstract"] == "line\xE2\x80\xA8separator </script>");
    CHECK(FindFile(files, "pub/etc-passwd.html"));
    CHECK(FindFile(files, "pub/item.html"));  // the loader's id for a title with no Latin letters
    Profile cjk;
    for (const char* id : {"\xE4\xB8\xAD", "\xE6\x96\x87", "a", "a"}) {
        Publication pub;
        pub.id = id;
        cjk.publications.push_back(pub);
    }
    CHECK(html::PublicationPagePaths(cjk) == std::vector<std::string>{"pub/paper-1.html", "pub/paper-2.html", "pub/a.html", "pub/a-2.html"});
}

TEST_CASE("every hostile profile exports to well-formed pages without script") {
    for (const test::HostileCase& c : test::kHostileCases) {
        CAPTURE(c.name);
        const LoadResult loaded = test::LoadHostile(c, PORTFOLIO_FIXTURES_DIR);
        std::string error;
        const std::vector<html::File> files = html::ExportSite(loaded.profile, {}, {}, error);
        CHECK(error.empty());
        for (const html::File& f : files) {
            if (!f.path.ends_with(".html")) continue;
            CAPTURE(f.path);
            CHECK(WellFormed(f.content) == "");
            CHECK(Count(f.content, "<script") == Count(f.content, "<script type=\"application/ld+json\">"));
            for (const std::string_view href : test::HrefsOutsideScripts(f.content)) {
                CAPTURE(href);
                CHECK(test::AllowedHref(href));
            }
        }
    }
}

TEST_CASE("the site URL: given, else basics.url, else none; the sitemap and robots.txt follow it") {
    Profile p;
    p.basics.name = "Ada";
    CHECK(html::SiteUrl(p, {}) == "");
    p.basics.url = "mailto:ada@example.org";
    CHECK(html::SiteUrl(p, {}) == "");
    p.basics.url = "https://ada.example/home?ref=x#top";
    CHECK(html::SiteUrl(p, {}) == "https://ada.example/home/");
    CHECK(html::SiteUrl(p, html::ExportOptions{"https://user.github.io/repo"}) == "https://user.github.io/repo/");

    Publication one;
    one.id = "p1";
    one.name = "One";
    p.publications.push_back(one);
    const std::vector<html::File> with = Export(p, html::ExportOptions{"https://user.github.io/repo/"});
    const html::File* sitemap = FindFile(with, "sitemap.xml");
    REQUIRE(sitemap);
    CHECK(sitemap->content.find("<loc>https://user.github.io/repo/</loc>") != std::string::npos);
    CHECK(sitemap->content.find("<loc>https://user.github.io/repo/pub/p1.html</loc>") != std::string::npos);
    CHECK(WellFormed(sitemap->content) == "");
    CHECK(FindFile(with, "robots.txt")->content == "User-agent: *\nAllow: /\nSitemap: https://user.github.io/repo/sitemap.xml\n");

    p.basics.url.clear();
    const std::vector<html::File> without = Export(p);
    CHECK_FALSE(FindFile(without, "sitemap.xml"));
    CHECK(FindFile(without, "robots.txt")->content == "User-agent: *\nAllow: /\n");
    const std::string index = FindFile(without, "index.html")->content;
    CHECK(index.find("rel=\"canonical\"") == std::string::npos);
    CHECK(ContentOf(index, "og:url") == "<none>");
    CHECK(index.find("href=\"pub/p1.html\"") != std::string::npos);
}

TEST_CASE("the twin is put into the page shell at its markers; a shell without them is refused") {
    Profile p;
    p.basics.name = "A & B";
    const html::Twin twin = html::RenderTwin(p, {});
    std::string error;
    const std::string page = html::EmbedTwin("<head><!--twin:head--></head><body aria-label=\"{{name}}\">{{name}}<!--twin:body--></body>", p,
                                             twin, error);
    CHECK(error == "");
    CHECK(page == "<head>" + twin.head + "</head><body aria-label=\"A &amp; B\">A &amp; B" + twin.body + "</body>");
    CHECK(html::EmbedTwin("<head></head><body><!--twin:body--></body>", p, twin, error).empty());
    CHECK(error == "the page shell has no <!--twin:head--> marker");
    const std::vector<html::File> none = html::ExportSite(p, {}, "<html></html>", error);
    CHECK(none.empty());
    CHECK(error.find("marker") != std::string::npos);
}

TEST_CASE("markup becomes paragraphs, strong, em and allowed links") {
    CHECK(html::MarkupToHtml("") == "");
    CHECK(html::MarkupToHtml("a **b** *c*\nd\n\n\ne") == "<p>a <strong>b</strong> <em>c</em><br>\nd</p><p>e</p>");
    CHECK(html::MarkupToHtml("[x](https://x.example/) [y](javascript:alert(1))") == "<p><a href=\"https://x.example/\">x</a> y</p>");
    CHECK(html::MarkupToHtml("1 < 2 & \"q\"") == "<p>1 &lt; 2 &amp; &quot;q&quot;</p>");
    CHECK(html::JsonForScript(R"({"a":"</script>&"})") == R"({"a":"\u003c/script\u003e\u0026"})");
}

TEST_CASE("résumés and profiles in every script export with their text intact") {
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (const char* dir : {PORTFOLIO_TEST_DATA_DIR "/resume", PORTFOLIO_FIXTURES_DIR "/scripts"})
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.path().extension() == ".json") inputs.push_back(entry.path());
    REQUIRE(inputs.size() >= 10);
    for (const fs::path& file : inputs) {
        CAPTURE(file.string());
        const LoadResult loaded = LoadProfileFromFile(file.string());
        const std::vector<html::File> files = Export(loaded.profile);
        const std::string index = FindFile(files, "index.html")->content;
        CHECK(WellFormed(index) == "");
        CHECK(index.find("<h1>" + html::Escape(loaded.profile.basics.name) + "</h1>") != std::string::npos);
        for (const Work& w : loaded.profile.work) CHECK(index.find(html::Escape(w.name)) != std::string::npos);
        for (const Skill& s : loaded.profile.skills) CHECK(index.find(html::Escape(s.name)) != std::string::npos);
        for (const Publication& pub : loaded.profile.publications) CHECK(index.find(html::Escape(pub.name)) != std::string::npos);
    }
}

TEST_CASE("the export command writes the site, reports the profile's problems and refuses bad input") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("portfolio-export-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    std::FILE* out = std::tmpfile();
    std::FILE* err = std::tmpfile();
    auto read = [](std::FILE* f) {
        std::string text(static_cast<std::size_t>(std::ftell(f)), '\0');
        std::rewind(f);
        text.resize(std::fread(text.data(), 1, text.size(), f));
        return text;
    };
    Options opt;
    opt.export_html = dir.string();
    CHECK(RunExportCommand(opt, PORTFOLIO_DATA_DIR "/profile.json", out, err) == 0);
    CHECK(fs::is_regular_file(dir / "index.html"));
    CHECK(fs::is_regular_file(dir / "pub" / "pab.html"));
    CHECK(fs::is_regular_file(dir / "sitemap.xml"));
    CHECK(read(out).find("Wrote 10 files") != std::string::npos);

    const fs::path broken = dir / "broken.json";
    std::ofstream(broken) << "{\"basics\": {\"name\": \"Ada\"},\n \"publications\": [{\"name\": 3}]}";
    std::FILE* err2 = std::tmpfile();
    CHECK(RunExportCommand(opt, broken.string(), out, err2) == 0);  // shows what it can
    CHECK(read(err2).find("$.publications[0].name (line 2, column") != std::string::npos);

    std::ofstream(broken) << "{\"basics\": ";
    CHECK(RunExportCommand(opt, broken.string(), out, err) == 1);
    opt.site_url = "ftp://x";
    CHECK(RunExportCommand(opt, PORTFOLIO_DATA_DIR "/profile.json", out, err) == 2);
    opt.site_url.clear();
    opt.export_shell = (dir / "missing.html").string();
    CHECK(RunExportCommand(opt, PORTFOLIO_DATA_DIR "/profile.json", out, err) == 1);
    CHECK(read(err).find("cannot read the page shell") != std::string::npos);
    std::fclose(out);
    std::fclose(err);
    std::fclose(err2);
    fs::remove_all(dir);
}

TEST_CASE("the icon carries the owner's initials in any script") {
    Profile p;
    for (const auto& c : {std::pair<const char*, const char*>{"Xuanlei Zhao", ">XZ<"}, {"ada king lovelace", ">AL<"},
                          {"\xE5\xBC\xA0\xE4\xB8\x89", ">\xE5\xBC\xA0<"}, {"Plato", ">P<"}, {"", "><"}}) {
        CAPTURE(c.first);
        p.basics.name = c.first;
        CHECK(html::FaviconSvg(p).find(c.second) != std::string::npos);
    }
}

TEST_CASE("text that looks like a link attribute stays text: in the markup escaped, in the JSON-LD data") {
    Profile p;
    p.basics.name = "Ka href=\"javascript:alert(1)\"";
    Publication pub;
    pub.id = "p1";
    pub.name = "On <a href=\"javascript:x\">links</a>";
    pub.authors.push_back(Author{"Ka href=\"javascript:y"});
    p.publications.push_back(pub);
    std::string error;
    const std::vector<html::File> files = html::ExportSite(p, {}, {}, error);
    REQUIRE(error.empty());
    const html::File* index = FindFile(files, "index.html");
    REQUIRE(index);
    CHECK(index->content.find("Ka href=&quot;javascript:alert(1)&quot;") != std::string::npos);
    CHECK(index->content.find("On &lt;a href=&quot;javascript:x&quot;&gt;links&lt;/a&gt;") != std::string::npos);
    CHECK(index->content.find(" href=\"javascript:") == std::string::npos);
    CHECK(index->content.find("\"name\":\"Ka href=\\\"javascript:y\"") != std::string::npos);  // inside the JSON-LD
    const html::File* page = FindFile(files, "pub/p1.html");
    REQUIRE(page);
    CHECK(page->content.find("<meta name=\"citation_author\" content=\"Ka href=&quot;javascript:y\">") != std::string::npos);
    for (const std::string_view href : test::HrefsOutsideScripts(page->content)) {
        CAPTURE(href);
        CHECK(test::AllowedHref(href));
    }
    // The scanner reads attributes: text, other attributes' values and script data are no links.
    CHECK(test::HrefsOutsideScripts("<meta content=\"Ka href=\"><p>a href=\"x\"</p><script>{\" href=\":1}</script>"
                                    "<a class=\"c\" href=\"https://x.org\">x</a><link href=y>") ==
          std::vector<std::string_view>{"https://x.org", "y"});
    const std::vector<std::string_view> hrefs = test::HrefsOutsideScripts(index->content);
    CHECK(hrefs.size() >= 3);  // the icon, the style sheet, the publication's page
    for (const std::string_view href : hrefs) {
        CAPTURE(href);
        CHECK(test::AllowedHref(href));
    }
}
