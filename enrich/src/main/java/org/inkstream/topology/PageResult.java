package org.inkstream.topology;

import org.inkstream.core.Page;
import org.inkstream.engine.PageSplit;

/** A page together with what the engine made of it, passed from the split step to the steps that publish it. */
record PageResult(Page page, PageSplit split) {}
