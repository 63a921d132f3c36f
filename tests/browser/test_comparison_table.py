"""The comparison table is cards on phones and a table on wide screens, and Chromium's
accessibility tree keeps it a table either way, with no ARIA roles in the markup."""

import pytest

PROGRAM = "/spinal-radiosurgery/"


def table_nodes(page) -> list[tuple[str, str]]:
    """(role, name) Chromium itself gives the comparison table and what is inside it (CDP)."""
    cdp = page.context.new_cdp_session(page)
    table = cdp.send(
        "DOM.querySelector",
        {"nodeId": cdp.send("DOM.getDocument")["root"]["nodeId"], "selector": ".comparison__table"},
    )
    nodes = cdp.send("Accessibility.getPartialAXTree", {"nodeId": table["nodeId"]})["nodes"]
    tree = cdp.send("Accessibility.getFullAXTree")["nodes"]
    inside = {nodes[0]["nodeId"]}
    found = []
    for node in tree:
        if node["nodeId"] in inside or node.get("parentId") in inside:
            inside.add(node["nodeId"])
            found.append((node["role"]["value"], node.get("name", {}).get("value", "")))
    return found


@pytest.mark.parametrize("width", [390, 1280])
def test_the_comparison_stays_a_table_for_screen_readers(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + PROGRAM)
    table = page.locator(".comparison__table")
    assert table.get_attribute("role") is None
    assert table.locator("[role]").count() == 0
    nodes = table_nodes(page)
    roles = [role for role, _ in nodes]
    assert roles[0] == "table"
    rows = page.locator(".comparison__table tbody tr").count()
    columns = page.locator(".comparison__table thead th").count()
    assert roles.count("row") == rows + 1
    assert roles.count("columnheader") == columns
    assert roles.count("rowheader") == rows
    assert roles.count("cell") == rows * (columns - 1)
    # Phones get one card per row: the rows stack instead of sitting side by side.
    display = table.locator("tbody tr").first.evaluate("row => getComputedStyle(row).display")
    assert display == ("block" if width == 390 else "table-row")
    # A cell is named by its own words: the column label drawn above it on phones is
    # not read out again after the column header.
    first_cell = table.locator("tbody td").first
    assert [name for role, name in nodes if role == "cell"][0] == first_cell.inner_text().strip()
