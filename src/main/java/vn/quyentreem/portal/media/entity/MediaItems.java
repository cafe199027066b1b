package vn.quyentreem.portal.media.entity;

import jakarta.data.Limit;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.time.Instant;
import java.util.List;

@Repository
public interface MediaItems extends CrudRepository<MediaItem, String> {

    List<MediaItem> findByUploadedAtAfterOrderByUploadedAtDesc(Instant after, Limit limit);
}
