// The portfolio as plain, semantic HTML: the text twin of the canvas app, for search engines, Google
// Scholar, readers without JavaScript or WebGL, and screen readers. Built from the same Profile as the
// app, section by section in the app's order (ui/sections.h; a UI test keeps the two in step).
//
// Everything from the profile is escaped; a link is written only when it passes CheckUrl (http, https,
// mailto), and the pages carry no script of their own: JSON-LD is a data block with '<' escaped.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/profile.h"

namespace portfolio::html {

struct ExportOptions {
    // Where the page is published ("https://me.github.io/"), for canonical links, Open Graph URLs and the
    // sitemap. Empty: the profile's basics.url when it is an http(s) address, else none (relative links only,
    // no sitemap).
    std::string site_url;
};

// "https://me.github.io/" from ExportOptions and the profile, ending in '/'; empty when there is none.
std::string SiteUrl(const Profile& profile, const ExportOptions& options);

// Escapes text for an element's content or a quoted attribute (& < > " ').
std::string Escape(std::string_view text);
// JSON text safe inside <script type="application/ld+json">: '<', '>', '&', U+2028 and U+2029 as \u escapes.
std::string JsonForScript(std::string_view json);
// The profile's inline markup as HTML: blank lines split <p> paragraphs, single newlines are <br>,
// **bold** is <strong>, *italic* <em>, and [text](url) an <a> only when the URL is allowed.
std::string MarkupToHtml(std::string_view markup);

// The twin's sections, in the page's order. `id` is the app's section id (its anchor and route).
struct SectionWriter {
    const char* id;
    void (*write)(const Profile& profile, std::string& out);  // appends the section, or nothing when it is empty
};
std::span<const SectionWriter> SectionWriters();

struct Twin {
    std::string head;  // <title>, description, canonical link, Open Graph, Twitter card, JSON-LD
    std::string body;  // <main id="twin"> with every section, a <noscript> note, and the publication pages' links
};
Twin RenderTwin(const Profile& profile, const ExportOptions& options);

// A publication's own page name: "pub/<slug>.html", unique within the profile (slug of its id, else "paper-N").
std::vector<std::string> PublicationPagePaths(const Profile& profile);
// One publication alone, with Google Scholar's citation_* tags: a whole HTML document, to be written at
// `page` (its entry in PublicationPagePaths, computed once for all pages: the names depend on each other).
std::string RenderPublicationPage(const Profile& profile, std::size_t index, const std::string& page, const ExportOptions& options);

struct File {
    std::string path;     // relative to the output folder: "index.html", "pub/pab.html"
    std::string content;
};
// The whole static site: index.html (the twin as a page of its own, or `shell` with the twin put in, see
// EmbedTwin), twin.css, favicon.svg, pub/*.html, robots.txt, and sitemap.xml when the site URL is known.
// `error` is set (and nothing returned) when the shell lacks the markers.
std::vector<File> ExportSite(const Profile& profile, const ExportOptions& options, std::string_view shell, std::string& error);

// The web app's page with the twin put in: "<!--twin:head-->" and "<!--twin:body-->" are replaced by
// the twin's parts and every "{{name}}" by the owner's escaped name. Empty `error` on success.
std::string EmbedTwin(std::string_view shell, const Profile& profile, const Twin& twin, std::string& error);

// The twin's stylesheet (web/twin.css, compiled in so the desktop export needs no other file).
std::string_view TwinStylesheet();
// The site's icon: the owner's initials on the app's blue disc, as SVG.
std::string FaviconSvg(const Profile& profile);

// Writes the files under `dir` (made as needed); false with `error` naming the file that failed.
bool WriteFiles(const std::string& dir, const std::vector<File>& files, std::string& error);

}  // namespace portfolio::html
