package org.lineage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ognl.OgnlException;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.Test;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.Str;

class RecordAccessorTest {
    /** Not one of Lineage's view records: read as OGNL reads any object. */
    record Elsewhere(String text) {
        public String getShown() {
            return "shown " + text;
        }
    }

    @Test
    void templatesReadViewRecordsThroughTheAccessor() throws OgnlException {
        new Templates(TemplateSource.packaged());
        assertSame(
                OgnlRuntime.getPropertyAccessor(Record.class),
                OgnlRuntime.getPropertyAccessor(SiteView.class));
        assertEquals(RecordAccessor.class, OgnlRuntime.getPropertyAccessor(Link.class).getClass());
    }

    @Test
    void aComponentIsReadByItsAccessorAndAnythingElseAsOgnlReadsIt() throws OgnlException {
        RecordAccessor.install();
        var a = OgnlRuntime.getPropertyAccessor(Str.class);
        assertEquals("GPT-3", a.getProperty(null, new Str("GPT-3", null), "text"));
        assertEquals(null, a.getProperty(null, new Str("GPT-3", null), "lang"));
        assertEquals(
                "../models/x/", a.getProperty(null, new Link("../models/x/", "X", "en"), "href"));
        // a bean getter of a record that is not a component
        assertEquals(
                "shown a",
                a.getProperty(ognl.Ognl.createDefaultContext(null), new Elsewhere("a"), "shown"));
        assertThrows(
                OgnlException.class,
                () ->
                        a.getProperty(
                                ognl.Ognl.createDefaultContext(null),
                                new Str("x", null),
                                "nothing"));
    }
}
