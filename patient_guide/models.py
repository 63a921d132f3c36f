"""A program's patient guide: an introduction, then sections read in tree order.

Order, the contents list and previous/next links all derive from the page tree,
so editors reorder sections by moving pages and nothing else needs keeping in step.
"""

from django.db.models import Q

from wagtail.blocks import StreamValue
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from programs.models import ContentPage
from programs.snippets import Reference
from programs.sources import figure_sources


class PatientGuidePage(RoutablePageMixin, ContentPage):
    """The guide's introduction and contents; its ``all/`` route shows every section to print."""

    max_count_per_parent = 1
    parent_page_types = ["programs.ProgramPage"]
    subpage_types = ["patient_guide.GuideSectionPage"]

    def sections(self):
        """Live, public sections in order, each with its reviewer (the whole guide shows them)."""
        return GuideSectionPage.objects.child_of(self).live().public().select_related("reviewed_by")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = list(self.sections())
        return context

    def get_cached_paths(self):
        return ["/", self.reverse_subpage("whole_guide")]

    @path("")
    def index(self, request):
        return self.render(request)

    @path("all/", name="whole_guide")
    def whole_guide(self, request):
        """Every section on one page, in order, for reading straight through or printing."""
        sections = list(self.sections())
        # One stream of every section's blocks, so the snippets and pages they choose are
        # loaded in one query per block type for the whole guide, not one per section.
        combined = StreamValue(
            self.body.stream_block,
            [block for section in sections for block in section.body.raw_data],
            is_lazy=True,
        )
        blocks = iter(combined)
        section_blocks = [
            (section, [next(blocks) for _ in section.body.raw_data]) for section in sections
        ]
        return self.render(
            request,
            template="patient_guide/whole_guide.html",
            context_overrides={
                "section_blocks": section_blocks,
                "sources": self.cited_references(sections),
                "figure_sources": figure_sources([*self.body, *combined]),
                "canonical_url": self.get_full_url(request) + self.reverse_subpage("whole_guide"),
            },
        )

    def cited_references(self, sections) -> list[Reference]:
        """The live references of the guide and of each of ``sections``, in one query."""
        through = GuideSectionPage.references.through.objects.filter(guidesectionpage__in=sections)
        cited = Q(pk__in=self.references.values("pk")) | Q(pk__in=through.values("reference"))
        return list(Reference.objects.filter(cited, live=True))


class GuideSectionPage(ContentPage):
    """One section of a patient guide, with the guide's contents and previous/next links."""

    parent_page_types = ["patient_guide.PatientGuidePage"]
    subpage_types: list[str] = []

    def get_other_cached_urls(self):
        """The guide's whole-guide view, which shows every section."""
        guide = self.get_parent().specific_deferred
        return [guide.get_full_url() + guide.reverse_subpage("whole_guide")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guide = PatientGuidePage.objects.parent_of(self).get()
        sections = list(guide.sections())
        # A draft being previewed is not among the live sections: no position, no neighbours.
        position = next((i for i, s in enumerate(sections) if s.pk == self.pk), None)
        if position is not None:
            context.update(
                section_number=position + 1,
                previous_section=sections[position - 1] if position > 0 else None,
                next_section=sections[position + 1] if position + 1 < len(sections) else None,
            )
        context.update(guide=guide, sections=sections)
        return context
