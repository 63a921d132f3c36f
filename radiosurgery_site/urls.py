"""URL map: the admin and documents first, then Wagtail's page tree per language.

English (the default language) is served without a prefix; Spanish under /es/
(i18n_patterns). The sitemap lists both, with hreflang alternates.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from programs import page_chooser
from radiosurgery_site import site_history
from radiosurgery_site import views as site_views
from radiosurgery_site.api import api_router
from radiosurgery_site.sitemaps import I18nSitemap
from site_search import views as search_views

urlpatterns = [
    # Ahead of the admin: Site history naming only the people the viewer may see.
    path("admin/reports/site-history/", site_history.site_history),
    path("admin/reports/site-history/results/", site_history.site_history_results),
    # Ahead of the admin: an empty page chooser opens at the edited page's program.
    path("admin/choose-page/", page_chooser.browse),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": I18nSitemap}}, name="sitemap"),
    # Browsers ask for /favicon.ico whatever the page says; answer with the real icon.
    path("favicon.ico", site_views.favicon),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler500 = "radiosurgery_site.views.server_error"
