"""schema.org JSON-LD built from each page's own fields, so search engines read what patients read.

Every page is a ``MedicalWebPage`` for patients, with its breadcrumb trail and
the hospital as publisher; the program adds a ``MedicalProcedure`` and each
indication a ``MedicalCondition``. Review fields become ``lastReviewed`` and
``reviewedBy`` once a clinician has approved the page.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

SCHEMA = "https://schema.org"


def hospital(settings, site_url: str) -> dict:
    data = {
        "@type": ["Hospital", "MedicalOrganization"],
        "name": settings.hospital_name,
        "url": site_url,
        "telephone": settings.phone,
        "department": {"@type": "MedicalOrganization", "name": settings.centre_name},
    }
    if settings.address:
        data["address"] = settings.address
    return data


def breadcrumbs(pages, request) -> dict:
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": page.title,
                "item": page.get_full_url(request),
            }
            for position, page in enumerate(pages, start=1)
        ],
    }


def medical_web_page(page, request, publisher: dict) -> dict:
    data = {
        "@type": "MedicalWebPage",
        "name": page.seo_title or page.title,
        "description": page.search_description or page.summary,
        "url": page.get_full_url(request),
        "inLanguage": get_language(),
        "medicalAudience": {"@type": "MedicalAudience", "audienceType": "Patient"},
        "publisher": publisher,
    }
    if getattr(page, "last_reviewed", None):
        data["lastReviewed"] = page.last_reviewed
        reviewer = page.live_reviewer()
        if reviewer:
            data["reviewedBy"] = {
                "@type": "Person",
                "name": reviewer.name,
                "honorificSuffix": reviewer.credentials,
            }
    return data


def to_json_ld(items: list[dict]) -> str:
    """One ``@graph`` document, escaped for a <script> element (as ``json_script`` does)."""
    document = {"@context": SCHEMA, "@graph": items}
    text = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
