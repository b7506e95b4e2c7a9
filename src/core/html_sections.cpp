// The twin's sections (core/html_export.h): one writer per row of the app's section table, in its order.
#include <algorithm>
#include <cctype>

#include "core/dates.h"
#include "core/html_export.h"
#include "core/html_parts.h"
#include "core/links.h"
#include "core/markup.h"

namespace portfolio::html {

void AppendLink(std::string& out, std::string_view url, std::string_view text, std::string_view rel) {
    const CheckedUrl checked = CheckUrl(url);
    if (!checked.ok()) {
        out += Escape(text);
        return;
    }
    out += "<a href=\"" + Escape(checked.url) + "\"";
    if (!rel.empty()) out += " rel=\"" + std::string(rel) + "\"";
    out += ">" + Escape(text.empty() ? checked.url : text) + "</a>";
}

void AppendPerson(std::string& out, const Person& person) {
    if (person.url.empty()) out += Escape(person.name);
    else AppendLink(out, person.url, person.name);
}

void AppendPeople(std::string& out, const std::vector<Person>& people) {
    for (std::size_t i = 0; i < people.size(); ++i) {
        if (i) out += ", ";
        AppendPerson(out, people[i]);
    }
}

void AppendAuthors(std::string& out, const Publication& pub) {
    for (std::size_t i = 0; i < pub.authors.size(); ++i) {
        const Author& a = pub.authors[i];
        if (i) out += ", ";
        const std::string name = Escape(a.name) + (a.equal_contribution ? "*" : "");
        out += a.is_owner ? "<strong>" + name + "</strong>" : name;
    }
}

void AppendLinks(std::string& out, const std::vector<Link>& links, std::string_view primary) {
    std::vector<std::pair<std::string, std::string>> shown;  // url, text
    if (CheckUrl(primary).ok()) shown.emplace_back(std::string(primary), "Link");
    for (const Link& l : links) {
        if (!CheckUrl(l.url).ok()) continue;
        std::string text = l.label.empty() ? l.type : l.label;
        if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
        if (!shown.empty() && shown.front().first == l.url && shown.front().second == "Link") shown.front().second = text;
        else shown.emplace_back(l.url, text.empty() ? "Link" : text);
    }
    if (shown.empty()) return;
    out += "<ul class=\"twin-links\">";
    for (const auto& [url, text] : shown) {
        out += "<li>";
        AppendLink(out, url, text);
        out += "</li>";
    }
    out += "</ul>";
}

void AppendParagraph(std::string& out, std::string_view text, std::string_view cls) {
    if (text.empty()) return;
    out += cls.empty() ? "<p>" : "<p class=\"" + std::string(cls) + "\">";
    out += Escape(text) + "</p>";
}

void AppendChips(std::string& out, const std::vector<std::string>& words) {
    if (words.empty()) return;
    out += "<ul class=\"twin-chips\">";
    for (const std::string& w : words) out += "<li>" + Escape(w) + "</li>";
    out += "</ul>";
}

namespace {

void AppendHighlights(std::string& out, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out += "<ul>";
    for (const std::string& h : items) {
        std::string item = MarkupToHtml(h);
        // One paragraph in a list item needs no <p>.
        if (item.rfind("<p>", 0) == 0 && item.find("<p>", 3) == std::string::npos) item = item.substr(3, item.size() - 7);
        out += "<li>" + item + "</li>";
    }
    out += "</ul>";
}

std::string Joined(std::initializer_list<std::string_view> parts, std::string_view sep = " \xC2\xB7 ") {
    std::string out;
    for (std::string_view p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

void OpenSection(std::string& out, const char* id, std::string_view title) {
    out += "<section id=\"" + std::string(id) + "\" aria-labelledby=\"" + id + "-title\"><h2 id=\"" + id + "-title\">" +
           Escape(title) + "</h2>";
}

std::string Place(const Location& l) { return Joined({l.city, l.region, l.country_code}, ", "); }

void WriteHeader(const Profile& p, std::string& out) {
    const Basics& b = p.basics;
    out += "<header id=\"header\" class=\"twin-header\"><h1>" + Escape(b.name) + "</h1>";
    AppendParagraph(out, b.label, "twin-label");
    if (b.affiliation || !Place(b.location).empty()) {
        out += "<p class=\"twin-meta\">";
        if (b.affiliation) AppendPerson(out, *b.affiliation);
        if (b.affiliation && !Place(b.location).empty()) out += " \xC2\xB7 ";
        out += Escape(Place(b.location)) + "</p>";
    }
    if (!b.advisors.empty()) {
        out += "<p class=\"twin-meta\">Advised by ";
        AppendPeople(out, b.advisors);
        out += "</p>";
    }
    out += "<ul class=\"twin-links\">";
    if (!b.email.empty() && CheckUrl("mailto:" + b.email).ok()) {
        out += "<li>";
        AppendLink(out, "mailto:" + b.email, b.email);
        out += "</li>";
    }
    if (!b.url.empty()) {
        out += "<li>";
        AppendLink(out, b.url, "Website", "me");
        out += "</li>";
    }
    for (const SocialProfile& sp : b.profiles) {
        if (!CheckUrl(sp.url).ok()) continue;
        out += "<li>";
        AppendLink(out, sp.url, sp.network.empty() ? sp.username : sp.network, "me");
        out += "</li>";
    }
    out += "</ul></header>";
}

void WriteAbout(const Profile& p, std::string& out) {
    if (p.basics.summary.empty() && p.sections.empty() && p.interests.empty()) return;
    OpenSection(out, "about", "About");
    out += MarkupToHtml(p.basics.summary);
    for (const auto& s : p.sections) out += "<h3>" + Escape(s.title) + "</h3>" + MarkupToHtml(s.body);
    if (!p.interests.empty()) {
        out += "<h3>Interests</h3><ul>";
        for (const Interest& i : p.interests) {
            out += "<li>" + Escape(i.name);
            if (!i.keywords.empty()) {
                std::string words;
                for (const auto& k : i.keywords) words += (words.empty() ? "" : ", ") + k;
                out += ": " + Escape(words);
            }
            out += "</li>";
        }
        out += "</ul>";
    }
    out += "</section>";
}

void WritePublications(const Profile& p, std::string& out) {
    if (p.publications.empty()) return;
    OpenSection(out, "publications", "Publications");
    const std::vector<std::string> pages = PublicationPagePaths(p);
    out += "<ol class=\"twin-pubs\">";
    for (std::size_t i = 0; i < p.publications.size(); ++i) {
        const Publication& pub = p.publications[i];
        out += "<li><article id=\"pub-" + Escape(pub.id) + "\"><h3><a href=\"" + Escape(pages[i]) + "\">" + Escape(pub.name) +
               "</a></h3><p class=\"twin-authors\">";
        AppendAuthors(out, pub);
        out += "</p>";
        AppendParagraph(out, Joined({pub.publisher, FormatDate(pub.release_date)}), "twin-meta");
        std::vector<std::string> topics;
        for (const std::string& t : pub.topics)
            if (const Topic* topic = p.FindTopic(t)) topics.push_back(topic->name);
        AppendChips(out, topics);
        out += MarkupToHtml(pub.summary);
        AppendLinks(out, pub.links, pub.url);
        out += "</article></li>";
    }
    out += "</ol></section>";
}

void WriteProjects(const Profile& p, std::string& out) {
    if (p.projects.empty()) return;
    OpenSection(out, "projects", "Open-source projects");
    for (const Project& pr : p.projects) {
        out += "<article id=\"project-" + Escape(pr.id) + "\"><h3>" + Escape(pr.name) + "</h3>";
        AppendParagraph(out, Joined({pr.stars.empty() ? "" : "\xE2\x98\x85 " + pr.stars, FormatDateRange(pr.start_date, pr.end_date)}),
                        "twin-meta");
        out += MarkupToHtml(pr.description);
        AppendHighlights(out, pr.highlights);
        AppendChips(out, pr.keywords);
        AppendLinks(out, pr.links, pr.url);
        out += "</article>";
    }
    out += "</section>";
}

void WriteWork(const Profile& p, std::string& out) {
    if (p.work.empty()) return;
    OpenSection(out, "experience", "Experience");
    for (const Work& w : p.work) {
        out += "<article><h3>" + Escape(Joined({w.position, w.name}, ", ")) + "</h3>";
        AppendParagraph(out, Joined({FormatDateRange(w.start_date, w.end_date), w.location}), "twin-meta");
        if (!w.hosts.empty()) {
            out += "<p class=\"twin-meta\">With ";
            AppendPeople(out, w.hosts);
            out += "</p>";
        }
        out += MarkupToHtml(w.summary);
        AppendHighlights(out, w.highlights);
        AppendChips(out, w.features);
        if (CheckUrl(w.url).ok()) AppendLinks(out, {}, w.url);
        out += "</article>";
    }
    out += "</section>";
}

void WriteVolunteer(const Profile& p, std::string& out) {
    if (p.volunteer.empty()) return;
    OpenSection(out, "volunteer", "Volunteering");
    for (const Volunteer& v : p.volunteer) {
        out += "<article><h3>" + Escape(Joined({v.position, v.organization}, ", ")) + "</h3>";
        AppendParagraph(out, FormatDateRange(v.start_date, v.end_date), "twin-meta");
        out += MarkupToHtml(v.summary);
        AppendHighlights(out, v.highlights);
        if (CheckUrl(v.url).ok()) AppendLinks(out, {}, v.url);
        out += "</article>";
    }
    out += "</section>";
}

void WriteEducation(const Profile& p, std::string& out) {
    if (p.education.empty()) return;
    OpenSection(out, "education", "Education");
    for (const Education& e : p.education) {
        out += "<article><h3>" + Escape(Joined({Joined({e.study_type, e.area}, " in "), e.institution}, ", ")) + "</h3>";
        AppendParagraph(out, Joined({FormatDateRange(e.start_date, e.end_date), e.location, e.score}), "twin-meta");
        if (!e.supervisors.empty()) {
            out += "<p class=\"twin-meta\">Supervised by ";
            AppendPeople(out, e.supervisors);
            out += "</p>";
        }
        AppendChips(out, e.courses);
        if (CheckUrl(e.url).ok()) AppendLinks(out, {}, e.url);
        out += "</article>";
    }
    out += "</section>";
}

void WriteAwards(const Profile& p, std::string& out) {
    if (p.awards.empty()) return;
    OpenSection(out, "awards", "Awards");
    out += "<ul class=\"twin-list\">";
    for (const Award& a : p.awards) {
        out += "<li><strong>" + Escape(a.title) + "</strong>";
        if (const std::string meta = Joined({a.awarder, FormatDate(a.date)}); !meta.empty()) out += " \xC2\xB7 " + Escape(meta);
        out += MarkupToHtml(a.summary) + "</li>";
    }
    out += "</ul></section>";
}

void WriteCertificates(const Profile& p, std::string& out) {
    if (p.certificates.empty()) return;
    OpenSection(out, "certificates", "Certificates");
    out += "<ul class=\"twin-list\">";
    for (const Certificate& c : p.certificates) {
        out += "<li><strong>";
        AppendLink(out, c.url, c.name);
        out += "</strong>";
        if (const std::string meta = Joined({c.issuer, FormatDate(c.date)}); !meta.empty()) out += " \xC2\xB7 " + Escape(meta);
        out += "</li>";
    }
    out += "</ul></section>";
}

void WriteSkills(const Profile& p, std::string& out) {
    if (p.skills.empty()) return;
    OpenSection(out, "skills", "Skills");
    out += "<dl class=\"twin-terms\">";
    for (const Skill& s : p.skills) {
        out += "<dt>" + Escape(Joined({s.name, s.level})) + "</dt><dd>";
        AppendChips(out, s.keywords);
        out += "</dd>";
    }
    out += "</dl></section>";
}

void WriteLanguages(const Profile& p, std::string& out) {
    if (p.languages.empty()) return;
    OpenSection(out, "languages", "Languages");
    out += "<ul class=\"twin-list\">";
    for (const Language& l : p.languages) out += "<li>" + Escape(Joined({l.language, l.fluency})) + "</li>";
    out += "</ul></section>";
}

void WriteReferences(const Profile& p, std::string& out) {
    if (p.references.empty()) return;
    OpenSection(out, "references", "References");
    for (const Reference& r : p.references)
        out += "<blockquote>" + MarkupToHtml(r.reference) + "<footer>" + Escape(r.name) + "</footer></blockquote>";
    out += "</section>";
}

void WriteContact(const Profile& p, std::string& out) {
    const Basics& b = p.basics;
    const bool email = !b.email.empty() && CheckUrl("mailto:" + b.email).ok();
    if (!email && p.availability.empty() && b.profiles.empty()) return;
    OpenSection(out, "contact", "Get in touch");
    if (!p.availability.empty()) {
        out += "<ul class=\"twin-list\">";
        for (const Availability& a : p.availability) {
            out += "<li><strong>" + Escape(a.title) + "</strong>";
            if (const std::string when = FormatDateRange(a.start_date, a.end_date); a.start_date.IsSet()) out += " \xC2\xB7 " + Escape(when);
            out += MarkupToHtml(a.description) + "</li>";
        }
        out += "</ul>";
    }
    if (email) {
        out += "<p>Email: ";
        AppendLink(out, "mailto:" + b.email, b.email);
        out += "</p>";
    }
    out += "</section>";
}

constexpr SectionWriter kWriters[] = {
    {"header", WriteHeader},
    {"about", WriteAbout},
    {"publications", WritePublications},
    {"projects", WriteProjects},
    {"experience", WriteWork},
    {"volunteer", WriteVolunteer},
    {"education", WriteEducation},
    {"awards", WriteAwards},
    {"certificates", WriteCertificates},
    {"skills", WriteSkills},
    {"languages", WriteLanguages},
    {"references", WriteReferences},
    {"contact", WriteContact},
};

}  // namespace

std::span<const SectionWriter> SectionWriters() { return kWriters; }

}  // namespace portfolio::html
