"""sitemap.xml: every live page in every language, each with its hreflang alternates.

Wagtail's sitemap lists the site's root page and what is under it, which is the
English tree only: the Spanish home page is the English home's translation, a
sibling of it. This lists the root page's translations too, and gives each URL an
``xhtml:link rel="alternate"`` per language it exists in (Django's sitemap template
writes them), in a fixed number of queries.
"""

from collections import defaultdict

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class I18nSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        trees = Q()
        for home in root.get_translations(inclusive=True):
            trees |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(trees)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .select_related("locale")
        )

    def _urls(self, page, protocol, domain):
        urls = []
        by_key = defaultdict(list)
        for item in self.paginator.page(page).object_list:
            url = {
                "item": item,
                "location": item.get_full_url(self.request),
                "lastmod": item.last_published_at or item.latest_revision_created_at,
            }
            urls.append(url)
            by_key[item.translation_key].append((item.locale.language_code, url["location"]))
        for url in urls:
            versions = by_key[url.pop("item").translation_key]
            if len(versions) > 1:
                url["alternates"] = [
                    {"lang_code": code, "location": location} for code, location in versions
                ]
        last_mods = {url["lastmod"] for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
