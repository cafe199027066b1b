package vn.quyentreem.portal.media.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;


@Repository
public interface MediaItems extends CrudRepository<MediaItem, String> {
}
