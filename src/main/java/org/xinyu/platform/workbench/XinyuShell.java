package org.xinyu.platform.workbench;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.Theme;

/**
 * The workbench's page shell: the "xinyu" theme (ui/themes/xinyu/styles.css, no npm build) and a viewport
 * that suits phones and tablets.
 */
@Theme("xinyu")
@Viewport("width=device-width, initial-scale=1")
public class XinyuShell implements AppShellConfigurator {
}
