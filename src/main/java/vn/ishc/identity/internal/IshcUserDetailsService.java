package vn.ishc.identity.internal;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs users in by user name (case-insensitive); disabled users cannot. */
@Service
class IshcUserDetailsService implements UserDetailsService {

    private final UserStore users;

    IshcUserDetailsService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRow u = users.byUsername(username.strip()).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(u.username())
                .password(u.passwordHash())
                .disabled(!u.enabled())
                .authorities(List.of(new SimpleGrantedAuthority(u.role().authority())))
                .build();
    }
}
