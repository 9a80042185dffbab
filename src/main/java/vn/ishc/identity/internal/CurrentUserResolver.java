package vn.ishc.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.ishc.identity.CurrentUser;
import vn.ishc.shared.AreaScope;

/**
 * Gives handler methods the signed-in {@link CurrentUser} and their {@link AreaScope}, read afresh
 * for each request so that a changed scope or a disabled account takes effect at once.
 */
@Component
class CurrentUserResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private static final String ATTRIBUTE = CurrentUser.class.getName();

    private final UserStore users;

    CurrentUserResolver(UserStore users) {
        this.users = users;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == CurrentUser.class || type == AreaScope.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        CurrentUser user = current(request.getNativeRequest(HttpServletRequest.class));
        return parameter.getParameterType() == AreaScope.class ? user.scope() : user;
    }

    CurrentUser current(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof CurrentUser u) {
            return u;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("No signed-in user for " + request.getRequestURI());
        }
        UserRow row = users.byUsername(auth.getName()).filter(UserRow::enabled)
                .orElseThrow(() -> new DisabledException(auth.getName()));
        AreaScope area = AreaScope.ofPath(row.scopePath());
        CurrentUser user = new CurrentUser(row.id(), row.username(), row.displayName(), row.role(),
                row.scopeClubId() == null ? area : AreaScope.club(area.path(), row.scopeClubId()));
        request.setAttribute(ATTRIBUTE, user);
        return user;
    }
}
