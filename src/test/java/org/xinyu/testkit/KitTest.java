package org.xinyu.testkit;

/**
 * What a plain JUnit test of the application's services starts from: the kit shared by the whole test run (see
 * {@link XinyuKit#shared}) and fixtures that write through it.
 */
public abstract class KitTest {

    protected static final XinyuKit kit = XinyuKit.shared();
    protected static final KitFixtures fixtures = new KitFixtures(kit);
}
