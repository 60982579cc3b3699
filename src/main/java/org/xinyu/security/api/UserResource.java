package org.xinyu.security.api;

import org.xinyu.security.Permits;
import org.xinyu.security.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.rest.Created;
import org.xinyu.platform.rest.PageDto;
import org.xinyu.security.AccountAdministration;
import org.xinyu.security.AccountDirectory;
import org.xinyu.security.AllowsExpiredPassword;
import org.xinyu.security.NewAccount;
import org.xinyu.security.PasswordChange;
import org.xinyu.security.PasswordReset;
import org.xinyu.security.Passwords;
import org.xinyu.security.Role;
import org.xinyu.security.SchoolLookup;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class UserResource {

    @Inject
    AccountAdministration administration;

    @Inject
    AccountDirectory accounts;

    @Inject
    Passwords passwords;

    @Inject
    SchoolLookup schools;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create an account with roles and scope (system administrator)")
    @Permits(Permission.ACCOUNT_MANAGE)
    public Response create(NewUserDto body) {
        if (body == null) {
            throw ProblemException.invalid(FieldError.required("body"));
        }
        Set<Role> roles = roles(body.roles());
        Long schoolId = body.schoolCode() == null ? null : schools.idOf(body.schoolCode())
                .orElseThrow(() -> ProblemException.invalid(FieldError.of("schoolCode", "account.noSuchSchool", "no such school")));
        UserDto created = UserDto.of(administration.create(new NewAccount(body.username(), body.displayName(),
                body.password(), roles, schoolId,
                body.grades() == null ? Set.of() : new HashSet<>(body.grades()),
                body.classIds() == null ? Set.of() : new HashSet<>(body.classIds()))));
        return Created.at(uri, "users/" + created.username(), created);
    }

    /**
     * The roles as api.md has them: a list of role names, one unknown name refusing the whole list under
     * {@code roles} (the JSON reader would name the element, {@code roles[0]}).
     */
    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            Role role = name == null ? null : Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
            if (role == null) {
                throw ProblemException.invalid(FieldError.of("roles", "account.unknownRole", "unknown role " + name, String.valueOf(name)));
            }
            roles.add(role);
        }
        return roles;
    }

    @GET
    @Operation(summary = "List accounts, paged (system administrator, auditor)")
    @Permits(Permission.ACCOUNT_READ)
    public PageDto<UserDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return PageDto.of(new Page<>(accounts.page(request.page(), request.size()), accounts.count(), request.page(), request.size())
                .map(UserDto::of));
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One account")
    @Permits(Permission.ACCOUNT_READ)
    public UserDto get(@PathParam("username") String username) {
        return UserDto.of(accounts.byUsername(username));
    }

    @POST
    @Path("/me/password")
    @Operation(summary = "Change your own password (every role; the one call allowed once a password has expired)")
    @Permits(Permission.OWN_PASSWORD_CHANGE)
    @AllowsExpiredPassword
    public Response changeOwnPassword(PasswordChange body) {
        passwords.changeOwnPassword(body);
        return Response.noContent().build();
    }

    @POST
    @Path("/{username}/disable")
    @Operation(summary = "Disable an account: its password stops working and its sessions end at once (system administrator)")
    @Permits(Permission.ACCOUNT_MANAGE)
    public UserDto disable(@PathParam("username") String username) {
        return UserDto.of(administration.disable(username));
    }

    @POST
    @Path("/{username}/enable")
    @Operation(summary = "Enable a disabled account again (system administrator)")
    @Permits(Permission.ACCOUNT_MANAGE)
    public UserDto enable(@PathParam("username") String username) {
        return UserDto.of(administration.enable(username));
    }

    @POST
    @Path("/{username}/password-reset")
    @Operation(summary = "Give the account a temporary password (password policy applies): it must be changed at the next "
            + "sign-in, a lockout is lifted and the account's workbench sessions end (system administrator)")
    @Permits(Permission.ACCOUNT_MANAGE)
    public UserDto resetPassword(@PathParam("username") String username, PasswordReset body) {
        if (body == null) {
            throw ProblemException.invalid(FieldError.required("temporaryPassword")); // as before: the one field it needs
        }
        return UserDto.of(passwords.resetPassword(username, body));
    }

    @POST
    @Path("/{username}/expire-password")
    @Operation(summary = "Require the account to change its password before anything else (system administrator)")
    @Permits(Permission.ACCOUNT_MANAGE)
    public UserDto expirePassword(@PathParam("username") String username) {
        return UserDto.of(passwords.requirePasswordChange(username));
    }
}
