package io.inventoryledger.app.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

/** Request bodies are read as trees made here: a string value the ledger could not store is refused (400). */
public final class StorableTextNodeFactory extends JsonNodeFactory {
    @Override
    public TextNode textNode(String text) {
        if (text != null && !StorableText.isStorable(text)) {
            throw JsonBody.invalid(StorableText.REFUSAL);
        }
        return super.textNode(text);
    }
}
