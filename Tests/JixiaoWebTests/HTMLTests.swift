import Testing
@testable import JixiaoWeb

@Suite("HTML escaping")
struct HTMLTests {
    @Test("every markup character of text becomes an entity")
    func text() {
        #expect(HTML.text("<script>alert('x')</script> & \"y\"")
            == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;")
        #expect(HTML.text("部门名称：1505.02") == "部门名称：1505.02")
        #expect(HTML.text("a\u{0}b\u{1B}c\td\ne") == "a\u{FFFD}b\u{FFFD}c\td\ne")
    }

    @Test("an attribute cannot be closed by its value, and keeps its line breaks")
    func attribute() {
        #expect(HTML.attribute("\" onmouseover=\"alert(1)") == "&quot; onmouseover=&quot;alert(1)")
        #expect(HTML.attribute("a\nb\rc") == "a&#10;b&#13;c")
    }

    @Test("elements escape every attribute and leave out nil ones")
    func element() {
        #expect(HTML.element("a", ["href": "/r?x=1&y=<2>", "class": nil, "title": "'t'"], "汇总")
            == "<a href=\"/r?x=1&amp;y=&lt;2&gt;\" title=\"&#39;t&#39;\">汇总</a>")
        #expect(HTML.openingTag("col", ["class": "cw-9"]) == "<col class=\"cw-9\">")
    }
}
