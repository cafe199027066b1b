package vn.quyentreem.portal.club.boundary;

import vn.quyentreem.portal.club.control.ProfileInput;

import java.util.List;

/** The JSON body of POST /api/v1/club/applications; publicFields names what the directory may show. */
public record ApplicationRequest(String fullName, String outlet, String position, String pressCard,
                                 List<String> topics, String province, String email, String phone, String bio,
                                 List<String> publicFields) {

    ProfileInput toInput() {
        return new ProfileInput(fullName, outlet, position, pressCard, topics == null ? null : String.join(",", topics),
                province, email, phone, bio, publicFields);
    }
}
