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
import org.xinyu.security.AccountService;
import org.xinyu.security.AllowsExpiredPassword;
import org.xinyu.security.Role;
import org.xinyu.security.SchoolLookup;

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
    AccountService accounts;

    @Inject
    SchoolLookup schools;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create an account with roles and scope (system administrator)")
    @Permits(Permission.ACCOUNT_MANAGE)
    public Response create(NewUserDto body) {
        if (body == null) {
            throw ProblemException.invalid("body", "is required");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : body.roles() == null ? List.<String>of() : body.roles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw ProblemException.invalid(List.of(new FieldError("roles", "unknown role " + role)));
            }
        }
        Long schoolId = body.schoolCode() == null ? null : schools.idOf(body.schoolCode())
                .orElseThrow(() -> ProblemException.invalid("schoolCode", "no such school"));
        UserDto created = UserDto.of(accounts.create(new AccountService.NewAccount(body.username(), body.displayName(),
                body.password(), roles, schoolId,
                body.grades() == null ? Set.of() : new HashSet<>(body.grades()),
                body.classIds() == null ? Set.of() : new HashSet<>(body.classIds()))));
        return Created.at(uri, "users/" + created.username(), created);
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

    public record PasswordChangeDto(String currentPassword, String newPassword) {
    }

    @POST
    @Path("/me/password")
    @Operation(summary = "Change your own password (every role; the one call allowed once a password has expired)")
    @Permits(Permission.OWN_PASSWORD_CHANGE)
    @AllowsExpiredPassword
    public Response changeOwnPassword(PasswordChangeDto body) {
        if (body == null) {
            throw ProblemException.invalid("body", "is required");
        }
        accounts.changeOwnPassword(body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("/{username}/disable")
    @Operation(summary = "Disable an account: its password stops working and its sessions end at once (system administrator)")
    @Permits(Permission.ACCOUNT_MANAGE)
    public UserDto disable(@PathParam("username") String username) {
        return UserDto.of(accounts.disable(username));
    }

    @POST
    @Path("/{username}/enable")
    @Operation(summary = "Enable a disabled account again (system administrator)")
    @Permits(Permission.ACCOUNT_MANAGE)
    public UserDto enable(@PathParam("username") String username) {
        return UserDto.of(accounts.enable(username));
    }

    public record PasswordResetDto(String temporaryPassword) {
    }

    @POST
    @Path("/{username}/password-reset")
    @Operation(summary = "Give the account a temporary password (password policy applies): it must be changed at the next "
            + "sign-in, a lockout is lifted and the account's workbench sessions end (system administrator)")
    @Permits(Permission.ACCOUNT_MANAGE)
    public UserDto resetPassword(@PathParam("username") String username, PasswordResetDto body) {
        if (body == null) {
            throw ProblemException.invalid("temporaryPassword", "is required");
        }
        return UserDto.of(accounts.resetPassword(username, body.temporaryPassword()));
    }

    @POST
    @Path("/{username}/expire-password")
    @Operation(summary = "Require the account to change its password before anything else (system administrator)")
    @Permits(Permission.ACCOUNT_MANAGE)
    public UserDto expirePassword(@PathParam("username") String username) {
        return UserDto.of(accounts.requirePasswordChange(username));
    }
}
