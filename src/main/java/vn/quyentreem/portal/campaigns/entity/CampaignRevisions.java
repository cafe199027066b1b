package vn.quyentreem.portal.campaigns.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Optional;

@Repository
public interface CampaignRevisions extends CrudRepository<CampaignRevision, String> {

    List<CampaignRevision> findByCampaignIdOrderByNumberDesc(String campaignId);

    Optional<CampaignRevision> findByCampaignIdAndNumber(String campaignId, int number);
}
